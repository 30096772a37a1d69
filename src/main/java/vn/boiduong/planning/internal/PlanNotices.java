package vn.boiduong.planning.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserService;
import vn.boiduong.notification.Notifications;
import vn.boiduong.planning.PlanApproved;
import vn.boiduong.planning.PlanReturned;
import vn.boiduong.planning.PlanSubmitted;
import vn.boiduong.planning.ServedNeed;

/**
 * In-application notices of B3–B4, written in the transition's transaction (a notice of a change
 * that rolled back would mislead): the same people as the e-mails of {@link PlanMail}.
 */
@Component
class PlanNotices {

    private final Notifications notifications;
    private final UserService users;
    private final NeedDirectory needs;
    private final Clock clock;

    PlanNotices(Notifications notifications, UserService users, NeedDirectory needs, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.needs = needs;
        this.clock = clock;
    }

    @EventListener
    void on(PlanSubmitted e) {
        send(recipients(e.agencyId(), Role.DIRECTOR, Set.of()),
                PlanMail.PLAN_TITLE + e.year() + " đã được trình, chờ Giám đốc phê duyệt", e.planId());
    }

    @EventListener
    void on(PlanReturned e) {
        send(recipients(e.agencyId(), Role.OFFICE_CHIEF, unitsOf(e.agencyId(), e.year(), e.needIds())),
                PlanMail.PLAN_TITLE + e.year() + " bị trả lại: " + e.reason(), e.planId());
    }

    @EventListener
    void on(PlanApproved e) {
        send(recipients(e.agencyId(), Role.OFFICE_CHIEF, unitsOf(e.agencyId(), e.year(), e.needIds())),
                PlanMail.PLAN_TITLE + e.year() + " đã được phê duyệt (Quyết định số " + e.decisionNumber() + ")",
                e.planId());
    }

    private Set<Long> unitsOf(Long agencyId, int year, Collection<Long> needIds) {
        Set<Long> out = new LinkedHashSet<>();
        needs.acceptedByIds(agencyId, year, needIds).stream().map(ServedNeed::unitId).forEach(out::add);
        return out;
    }

    private List<Long> recipients(Long agencyId, Role role, Set<Long> headsOfUnits) {
        Set<Long> out = new LinkedHashSet<>();
        users.contacts(agencyId, role).forEach(c -> out.add(c.userId()));
        if (!headsOfUnits.isEmpty()) {
            users.contacts(agencyId, Role.UNIT_HEAD).stream().filter(c -> headsOfUnits.contains(c.unitId()))
                    .forEach(c -> out.add(c.userId()));
        }
        return List.copyOf(out);
    }

    private void send(List<Long> to, String text, Long planId) {
        notifications.send(to, text, "/plans/" + planId, LocalDateTime.now(clock));
    }
}
