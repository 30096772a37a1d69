package vn.boiduong.planning.internal;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boiduong.needs.NeedUsage;
import vn.boiduong.planning.TrainingPlan;

/** Tells the needs module that a plan item serves a need, so its consolidated line is not unmerged under it. */
@Component
class PlanNeedUsage implements NeedUsage {

    private final PlanRepository plans;

    PlanNeedUsage(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public String usedBy(Long agencyId, Collection<Long> needIds) {
        Set<Long> wanted = Set.copyOf(needIds);
        for (TrainingPlan p : plans.findByAgencyIdOrderByYearDesc(agencyId)) {
            boolean used = p.getItems().stream().anyMatch(i -> i.getNeedIds().stream().anyMatch(wanted::contains));
            if (used) {
                return "Kế hoạch năm " + p.getYear();
            }
        }
        return null;
    }
}
