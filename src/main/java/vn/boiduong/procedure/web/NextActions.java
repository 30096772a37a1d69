package vn.boiduong.procedure.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.procedure.NextStep;

/**
 * "What you have to do next", per role, for the home page. The acts of the workflow steps (B1–B4
 * today) are those the steps' own policies offer ({@link vn.boiduong.procedure.NextSteps}): this
 * class only places them in each role's list, so the home page never offers what the step would
 * refuse. The other entries (staff records, audit, administration) link to their pages; an entry
 * without a page is shown as "coming soon" until its module adds one.
 */
final class NextActions {

    /**
     * @param key   message key of the text (i18n/procedure*.properties)
     * @param href  the page that does it, or {@code null} while there is none
     * @param dueBy the date it is due, when known
     * @param missed the date has passed and it is not done: shown as "quá hạn"
     */
    record Action(String key, String href, LocalDate dueBy, boolean missed) {
        Action(String key, String href, LocalDate dueBy) {
            this(key, href, dueBy, false);
        }
    }

    /** An entry of a role's list: a page of its own, or the act of a step if the step offers it. */
    private sealed interface Slot {
    }

    private record Own(Action action) implements Slot {
    }

    private record Step(String key) implements Slot {
    }

    private NextActions() {
    }

    /**
     * @param offered the acts the steps' policies offer this actor, by key
     */
    static List<Action> of(Actor actor, Map<String, NextStep> offered) {
        // Role order (enum order) and one entry per key, for a person with several roles.
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (actor.has(role)) {
                for (Slot slot : forRole(role, actor.unitId())) {
                    resolve(slot, offered).ifPresent(a -> actions.putIfAbsent(a.key(), a));
                }
            }
        }
        return new ArrayList<>(actions.values());
    }

    private static Optional<Action> resolve(Slot slot, Map<String, NextStep> offered) {
        if (slot instanceof Own own) {
            return Optional.of(own.action());
        }
        return Optional.ofNullable(offered.get(((Step) slot).key()))
                .map(s -> new Action(s.key(), s.href(), s.dueBy(), s.missed()));
    }

    private static Slot own(String key, String href) {
        return new Own(new Action(key, href, null));
    }

    private static Slot step(String key) {
        return new Step(key);
    }

    private static List<Slot> forRole(Role role, Long unitId) {
        return switch (role) {
            case UNIT_HEAD -> List.of(
                    own("home.todo.unitGaps", unitId == null ? "/competencies" : "/units/" + unitId + "/gaps"),
                    step("home.todo.unitNeeds"),
                    step("home.todo.nominate"),
                    own("home.todo.unitStaff", "/staff"));
            case OFFICE_SPECIALIST -> List.of(
                    step("home.todo.collection"),
                    step("home.todo.consolidate"),
                    step("home.todo.classes"),
                    own("home.todo.calendar", "/calendar"),
                    own("home.todo.staffRecords", "/staff"),
                    own("home.todo.import", "/staff/import"));
            case OFFICE_CHIEF -> List.of(
                    own("home.todo.analysis", "/competencies/analysis"),
                    step("home.todo.register"),
                    step("home.todo.classes"),
                    own("home.todo.staffRecords", "/staff"),
                    own("home.todo.audit", "/audit"));
            case DIRECTOR -> List.of(
                    step("home.todo.approve"),
                    own("home.todo.audit", "/audit"));
            case ADMIN -> List.of(
                    own("home.todo.users", "/admin/users"),
                    own("home.todo.agency", "/admin/agency"),
                    own("home.todo.procedure", "/procedure"),
                    own("home.todo.audit", "/audit"));
            case STAFF -> List.of(
                    step("home.todo.myNeeds"),
                    step("home.todo.myCompetencies"),
                    own("home.todo.myTraining", "/me/training"),
                    own("home.todo.calendar", "/calendar"),
                    own("home.todo.readProcedure", "/procedure"));
            case PROVINCE_OFFICER -> List.of(
                    own("home.todo.province", "/province"));
        };
    }
}
