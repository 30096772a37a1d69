package vn.boiduong.needs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.needs.NeedPolicy;
import vn.boiduong.procedure.NextStep;
import vn.boiduong.procedure.NextSteps;
import vn.boiduong.procedure.YearProgress;

/** What B1–B2 offer on the home page: exactly the acts {@link NeedPolicy} allows the actor. */
@Component
class NeedsNextSteps implements NextSteps {

    private final NeedPolicy policy;

    NeedsNextSteps(NeedPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<NextStep> offeredTo(Actor actor, YearProgress year, LocalDate today) {
        List<NextStep> offered = new ArrayList<>();
        if (policy.create(actor, actor.agencyId(), actor.unitId()).isAllowed()) {
            offered.add(new NextStep("home.todo.unitNeeds", "/needs"));
        }
        if (policy.read(actor).isAllowed()) {
            offered.add(new NextStep("home.todo.myNeeds", "/needs"));
        }
        if (policy.followCollection(actor).isAllowed()) {
            offered.add(new NextStep("home.todo.collection", "/needs/collection"));
        }
        if (policy.merge(actor).isAllowed()) {
            offered.add(new NextStep("home.todo.consolidate", "/needs/consolidation"));
        }
        return offered;
    }
}
