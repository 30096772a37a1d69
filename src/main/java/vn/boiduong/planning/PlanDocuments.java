package vn.boiduong.planning;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.planning.internal.PlanDecision;

/**
 * The plan's official documents for a later step that keeps them (B7 files the approval decision
 * when it hears {@link PlanApproved}): the same document the plan's download gives, asked with the
 * reader's rights.
 */
@Service
public class PlanDocuments {

    private final PlanService plans;
    private final PlanDecision decision;

    PlanDocuments(PlanService plans, PlanDecision decision) {
        this.plans = plans;
        this.decision = decision;
    }

    /** The approval decision of plan {@code planId} (403/404 as its download answers). */
    @Transactional(readOnly = true)
    public OfficialDocument decision(Actor actor, Long planId) {
        TrainingPlan p = plans.planForDocuments(actor, planId);
        return decision.of(p, plans.agencyOf(p), plans.needsOf(p));
    }
}
