package vn.boiduong.procedure.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.procedure.DueDates;

/**
 * "What you have to do next", per role, for the home page. A link is given only where the page
 * already exists (B1–B2 needs and competencies, B3–B4 plans); an entry without one is shown as
 * "coming soon" until its module adds the page.
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

    private NextActions() {
    }

    static List<Action> of(Actor actor, DueDates dueDates, boolean registerMissed, boolean approveMissed) {
        // Role order (enum order) and one entry per key, for a person with several roles.
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (actor.has(role)) {
                forRole(role, actor.unitId(), dueDates, registerMissed, approveMissed)
                        .forEach(a -> actions.putIfAbsent(a.key(), a));
            }
        }
        return new ArrayList<>(actions.values());
    }

    private static List<Action> forRole(Role role, Long unitId, DueDates due, boolean registerMissed,
            boolean approveMissed) {
        return switch (role) {
            case UNIT_HEAD -> List.of(
                    new Action("home.todo.unitGaps", unitId == null ? "/competencies" : "/units/" + unitId + "/gaps",
                            null),
                    new Action("home.todo.unitNeeds", "/needs", null),
                    new Action("home.todo.unitStaff", "/staff", null));
            case OFFICE_SPECIALIST -> List.of(
                    new Action("home.todo.collection", "/needs/collection", null),
                    new Action("home.todo.consolidate", "/needs/consolidation", null),
                    new Action("home.todo.staffRecords", "/staff", null),
                    new Action("home.todo.import", "/staff/import", null));
            case OFFICE_CHIEF -> List.of(
                    new Action("home.todo.analysis", "/competencies/analysis", null),
                    new Action("home.todo.register", "/plans", due == null ? null : due.registerBy(), registerMissed),
                    new Action("home.todo.staffRecords", "/staff", null),
                    new Action("home.todo.audit", "/audit", null));
            case DIRECTOR -> List.of(
                    new Action("home.todo.approve", "/plans", due == null ? null : due.approveBy(), approveMissed),
                    new Action("home.todo.audit", "/audit", null));
            case ADMIN -> List.of(
                    new Action("home.todo.users", "/admin/users", null),
                    new Action("home.todo.agency", "/admin/agency", null),
                    new Action("home.todo.procedure", "/procedure", null),
                    new Action("home.todo.audit", "/audit", null));
            case STAFF -> List.of(
                    new Action("home.todo.myNeeds", "/needs", null),
                    new Action("home.todo.history", null, null),
                    new Action("home.todo.readProcedure", "/procedure", null));
        };
    }
}
