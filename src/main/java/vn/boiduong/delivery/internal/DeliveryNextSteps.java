package vn.boiduong.delivery.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.procedure.NextStep;
import vn.boiduong.procedure.NextSteps;
import vn.boiduong.procedure.StepStatus;
import vn.boiduong.procedure.YearProgress;

/**
 * B5 on the home page: once the approved plan's classes exist and until they have all ended, the
 * Office carries them out (QT.VP.05 5.2.5: "Văn phòng và các phòng, đơn vị").
 */
@Component
class DeliveryNextSteps implements NextSteps {

    @Override
    public List<NextStep> offeredTo(Actor actor, YearProgress year, LocalDate today) {
        if (actor.isOffice() && actor.agencyId() != null && year.statusOf("B5") == StepStatus.IN_PROGRESS) {
            return List.of(new NextStep("home.todo.classes", "/classes"));
        }
        return List.of();
    }
}
