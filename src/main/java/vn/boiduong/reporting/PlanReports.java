package vn.boiduong.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.planning.PlanPolicy;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.reporting.internal.PlanForms;

/**
 * The official forms of a year's approved plan (2a, 2b, 2c), filled in from the plan that planning
 * hands out; planning does not know this module. Who may read them is planning's rule for the
 * plan's documents (the Office and the Director), asked before the year is looked at.
 */
@Service
public class PlanReports {

    private final PlanService plans;
    private final PlanPolicy policy;
    private final PlanForms forms;

    PlanReports(PlanService plans, PlanPolicy policy, PlanForms forms) {
        this.plans = plans;
        this.policy = policy;
        this.forms = forms;
    }

    /** Form {@code code} of the actor's agency's approved plan for {@code year}: 403, 400, then 404. */
    @Transactional(readOnly = true)
    public FormSheet planForm(Actor actor, String code, Integer year) {
        policy.readDocuments(actor).orThrow();
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "Năm phải từ 2000 đến 2100.");
        }
        TrainingPlan p = plans.approvedPlan(actor, year);
        return forms.form(code, p, plans.agencyOf(p), plans.needsOf(p));
    }
}
