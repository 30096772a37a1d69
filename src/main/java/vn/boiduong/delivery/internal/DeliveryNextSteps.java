package vn.boiduong.delivery.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.delivery.ClassPolicy;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.common.Actor;
import vn.boiduong.procedure.NextStep;
import vn.boiduong.procedure.NextSteps;
import vn.boiduong.procedure.StepStatus;
import vn.boiduong.procedure.YearProgress;

/**
 * B5 on the home page: once the approved plan's classes exist and until they have all ended, the
 * Office carries them out (QT.VP.05 5.2.5: "Văn phòng và các phòng, đơn vị"); while a class of the
 * year is open for enrolment, a unit head is asked to nominate the unit's people (asked of
 * {@link ClassPolicy#nominate}, so the home page offers it exactly when the class page would).
 */
@Component
class DeliveryNextSteps implements NextSteps {

    private final ClassRepository classes;
    private final ClassPolicy policy;

    DeliveryNextSteps(ClassRepository classes, ClassPolicy policy) {
        this.classes = classes;
        this.policy = policy;
    }

    @Override
    public List<NextStep> offeredTo(Actor actor, YearProgress year, LocalDate today) {
        if (actor.agencyId() == null || year.statusOf("B5") != StepStatus.IN_PROGRESS) {
            return List.of();
        }
        if (actor.isOffice()) {
            return List.of(new NextStep("home.todo.classes", "/classes"));
        }
        if (actor.has(vn.boiduong.common.Role.UNIT_HEAD)) {
            boolean open = classes.countByStatus(actor.agencyId(), year.year()).stream()
                    .anyMatch(row -> row[0] == ClassStatus.OPEN && ((Long) row[1]) > 0);
            if (open && policy.nominate(actor, new OpenClass(actor.agencyId())).isAllowed()) {
                return List.of(new NextStep("home.todo.nominate", "/classes?status=OPEN&year=" + year.year()));
            }
        }
        return List.of();
    }

    /** An open class of the actor's agency, as the policy sees it. */
    private record OpenClass(Long agencyId) implements ClassPolicy.Subject {
        @Override
        public ClassStatus status() {
            return ClassStatus.OPEN;
        }

        @Override
        public vn.boiduong.planning.ItemKind kind() {
            return vn.boiduong.planning.ItemKind.HOSTED;
        }
    }
}
