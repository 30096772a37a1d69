package vn.boiduong.delivery.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.boiduong.common.Actor;
import vn.boiduong.delivery.BudgetService;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.ClassPolicy;
import vn.boiduong.delivery.InstitutionService;
import vn.boiduong.delivery.SendDecisionService;
import vn.boiduong.delivery.TrainingClass;

/**
 * The budget section of the class page: allocated, spent and left (of the class and of each unit), the
 * spending entries and the form for one more, the lecturer fee each session earns under the norm in
 * force on its date, the class's training institution and, for an external course, the decision
 * sending its people. The Office and the Director see it; others do not.
 */
@Component
class BudgetSection implements ClassPageSection {

    private final BudgetService budget;
    private final InstitutionService institutions;
    private final SendDecisionService decisions;
    private final ClassPolicy policy;

    BudgetSection(BudgetService budget, InstitutionService institutions, SendDecisionService decisions,
            ClassPolicy policy) {
        this.budget = budget;
        this.institutions = institutions;
        this.decisions = decisions;
        this.policy = policy;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String template() {
        return "classes/budget";
    }

    @Override
    public boolean fill(Model model, Actor actor, TrainingClass c, ClassDetail detail) {
        if (!policy.readBudget(actor, c.getAgencyId()).isAllowed()) {
            return false;
        }
        BudgetService.ClassBudget b = budget.classBudget(actor, c.getId());
        model.addAttribute("budget", b);
        model.addAttribute("budgetHosted", c.isHosted());
        model.addAttribute("spendingLines", budget.spendingLines());
        model.addAttribute("classInstitution", institutions.ofClass(c.getId()).orElse(null));
        boolean choose = policy.chooseInstitution(actor, c).isAllowed();
        model.addAttribute("mayChooseInstitution", choose);
        if (choose) {
            model.addAttribute("institutionChoices", institutions.list(actor));
        }
        model.addAttribute("sendDecision", c.isHosted() ? null : decisions.of(c.getId()).orElse(null));
        model.addAttribute("mayRecordDecision", policy.recordSendDecision(actor, c).isAllowed());
        model.addAttribute("budgetToday", java.time.LocalDate.now());
        return true;
    }
}
