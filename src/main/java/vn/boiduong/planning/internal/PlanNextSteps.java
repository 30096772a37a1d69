package vn.boiduong.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.planning.PlanPolicy;
import vn.boiduong.procedure.DueDates;
import vn.boiduong.procedure.NextStep;
import vn.boiduong.procedure.NextSteps;
import vn.boiduong.procedure.StepStatus;
import vn.boiduong.procedure.YearProgress;

/** What B3–B4 offer on the home page: the acts {@link PlanPolicy} allows, with their due dates. */
@Component
class PlanNextSteps implements NextSteps {

    private final PlanPolicy policy;

    PlanNextSteps(PlanPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<NextStep> offeredTo(Actor actor, YearProgress year, LocalDate today) {
        DueDates due = year.dueDates();
        List<NextStep> offered = new ArrayList<>();
        // registering is the chief's act until the plan is submitted, approving the Director's until
        // the decision: once a step is done it is no longer anyone's next step
        if (policy.create(actor).isAllowed() && year.statusOf("B3") != StepStatus.DONE) {
            offered.add(new NextStep("home.todo.register", "/plans", due == null ? null : due.registerBy(),
                    year.registerMissed(today)));
        }
        if (policy.approve(actor).isAllowed() && year.statusOf("B4") != StepStatus.DONE) {
            offered.add(new NextStep("home.todo.approve", "/plans", due == null ? null : due.approveBy(),
                    year.approveMissed(today)));
        }
        return offered;
    }
}
