package vn.boiduong.competency.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.OrganisationalAnalysis;
import vn.boiduong.competency.RuleMatch;
import vn.boiduong.competency.StaffField;
import vn.boiduong.competency.StandardRuleView;
import vn.boiduong.organization.Grades;
import vn.boiduong.organization.StaffCategory;

/**
 * The standards of the organisational analysis, added and edited on a page by the Office Chief and
 * the administrator (the list, and switching a standard off, are on the analysis page).
 */
@Controller
class StandardRuleController {

    private final OrganisationalAnalysis analysis;

    StandardRuleController(OrganisationalAnalysis analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/competencies/analysis/rules/new")
    String create(Model model) {
        RuleForm form = new RuleForm();
        form.setMatch(RuleMatch.ONE_OF);
        return form(model, form, null);
    }

    @PostMapping("/competencies/analysis/rules/new")
    String create(@ModelAttribute("form") RuleForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        requireEditor();
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            StandardRuleView r = analysis.addRule(CurrentActor.get(), form.toData());
            redirect.addFlashAttribute("ruleSaved", r.code());
            return "redirect:/competencies/analysis#rules";
        } catch (InvalidInputException e) {
            reject(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/competencies/analysis/rules/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        requireEditor();
        return form(model, RuleForm.of(analysis.rule(CurrentActor.get(), id)), id);
    }

    @PostMapping("/competencies/analysis/rules/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") RuleForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        requireEditor();
        if (binding.hasErrors()) {
            return form(model, form, id);
        }
        try {
            StandardRuleView r = analysis.updateRule(CurrentActor.get(), id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("ruleSaved", r.code());
            return "redirect:/competencies/analysis#rules";
        } catch (InvalidInputException e) {
            reject(binding, e);
            return form(model, form, id);
        } catch (IllegalTransitionException e) {
            binding.reject("stale", e.getMessage());
            return form(model, form, id);
        }
    }

    private static void requireEditor() {
        if (!OrganisationalAnalysis.canEditRules(CurrentActor.get())) {
            throw new ForbiddenException();
        }
    }

    private static void reject(BindingResult binding, InvalidInputException e) {
        e.errors().forEach(err -> binding.rejectValue(RuleForm.formField(err.field()), "invalid", err.message()));
    }

    private String form(Model model, RuleForm form, Long id) {
        Actor actor = CurrentActor.get();
        if (!OrganisationalAnalysis.canEditRules(actor)) {
            throw new ForbiddenException();
        }
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("grades", Grades.NAMES);
        model.addAttribute("fields", StaffField.values());
        model.addAttribute("matches", RuleMatch.values());
        model.addAttribute("trainingCategories", TrainingCategory.values());
        return "competencies/rule-form";
    }
}
