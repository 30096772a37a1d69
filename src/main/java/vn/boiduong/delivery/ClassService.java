package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.Role;
import vn.boiduong.delivery.internal.ClassRepository;
import vn.boiduong.planning.PlanApproved;

/** B5's classes: made when the Director approves the plan; listed for the Office, the Director and unit heads. */
@Service
@Transactional(readOnly = true)
public class ClassService {

    public static final String AUDIT_TYPE = "class";

    private final ClassRepository classes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClassService(ClassRepository classes, ApplicationEventPublisher events, Clock clock) {
        this.classes = classes;
        this.events = events;
        this.clock = clock;
    }

    public static boolean mayRead(Actor actor) {
        return actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD, Role.ADMIN);
    }

    /**
     * In the approving transaction (not after it): if the classes cannot be written, the approval
     * rolls back with them; the unique (plan_item_id) constraint stops a second set of classes.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PlanApproved plan) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (PlanApproved.Item item : plan.items()) {
            TrainingClass c = classes.save(new TrainingClass(plan, item, now));
            events.publishEvent(AuditEvent.of("CREATE", AUDIT_TYPE, c.getId(), "Lớp theo kế hoạch năm "
                    + plan.year() + " (quyết định số " + plan.decisionNumber() + "): " + c.getTitle()));
        }
        classes.flush();
    }

    public List<ClassView> list(Actor actor, Long planId) {
        if (!mayRead(actor)) {
            throw new ForbiddenException();
        }
        List<TrainingClass> found;
        if (actor.agencyId() == null) {
            found = planId == null ? classes.findAllByOrderByStartDateAscIdAsc()
                    : classes.findByPlanIdOrderByStartDateAscIdAsc(planId);
        } else {
            found = planId == null ? classes.findByAgencyIdOrderByStartDateAscIdAsc(actor.agencyId())
                    : classes.findByAgencyIdAndPlanIdOrderByStartDateAscIdAsc(actor.agencyId(), planId);
        }
        return found.stream().map(ClassView::of).toList();
    }
}
