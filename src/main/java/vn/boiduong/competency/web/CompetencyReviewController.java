package vn.boiduong.competency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.competency.CompetencyAssessments;
import vn.boiduong.competency.CompetencyCatalogue;
import vn.boiduong.competency.CompetencyGaps;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.Finding;
import vn.boiduong.competency.GapMatrix;
import vn.boiduong.competency.OrganisationalAnalysis;
import vn.boiduong.competency.StaffCompetencies;
import vn.boiduong.organization.UnitService;

/** B1's review pages: a person's competencies and assessments, a unit's gap table, the organisational analysis. */
@Controller
class CompetencyReviewController {

    private final CompetencyAssessments assessments;
    private final CompetencyCatalogue catalogue;
    private final CompetencyGaps gaps;
    private final OrganisationalAnalysis analysis;
    private final UnitService units;
    private final Clock clock;

    CompetencyReviewController(CompetencyAssessments assessments, CompetencyCatalogue catalogue,
            CompetencyGaps gaps, OrganisationalAnalysis analysis, UnitService units, Clock clock) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.gaps = gaps;
        this.analysis = analysis;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/competencies/staff/{id}")
    String staff(@PathVariable long id, Model model) {
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.now(clock));
        return staffPage(id, model, form);
    }

    @PostMapping("/competencies/staff/{id}")
    String assess(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!CompetencyAssessments.canAssess(actor)) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        if (binding.hasErrors()) {
            return staffPage(id, model, form);
        }
        try {
            assessments.assess(actor, id, form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/competencies/staff/" + id;
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> binding.rejectValue(switch (err.field()) {
                case "competencyId", "level", "assessedOn", "evidence" -> err.field();
                default -> "competencyId";
            }, "invalid", err.message()));
            return staffPage(id, model, form);
        }
    }

    private String staffPage(long id, Model model, AssessmentForm form) {
        Actor actor = CurrentActor.get();
        StaffCompetencies p = assessments.profile(actor, id);
        model.addAttribute("p", p);
        model.addAttribute("form", form);
        model.addAttribute("canAssess", CompetencyAssessments.canAssess(actor));
        model.addAttribute("competencies", catalogue.list(actor).stream().filter(c -> c.active()).toList());
        return "competencies/staff";
    }

    /** The unit picker of the catalogue page. */
    @GetMapping("/competencies/gaps")
    String gapsOf(@RequestParam long unitId) {
        return "redirect:/units/" + unitId + "/gaps";
    }

    @GetMapping("/units/{id}/gaps")
    String gaps(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) CompetencyGroup group,
            @RequestParam(defaultValue = "false") boolean onlyGaps, Model model) {
        Actor actor = CurrentActor.get();
        GapMatrix full = gaps.forUnit(actor, id, year);
        GapMatrix shown = full.filter(group, onlyGaps);
        Set<Long> ids = shown.competencies().stream().map(GapMatrix.CompetencyRef::id).collect(Collectors.toSet());
        model.addAttribute("m", shown);
        model.addAttribute("withGaps", shown.staff().stream().filter(s -> s.anyGapIn(ids)).count());
        model.addAttribute("group", group);
        model.addAttribute("groups", CompetencyGroup.values());
        model.addAttribute("onlyGaps", onlyGaps);
        model.addAttribute("units", actor.seesWholeAgency() ? units.unitsOf(actor) : List.of());
        return "competencies/gaps";
    }

    @GetMapping("/competencies/analysis")
    String analysis(@RequestParam(required = false) Long unitId, Model model) {
        Actor actor = CurrentActor.get();
        List<Finding> findings = analysis.findings(actor, unitId);
        model.addAttribute("findings", findings);
        model.addAttribute("rules", analysis.rules(actor));
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", actor.seesWholeAgency() ? units.unitsOf(actor) : List.of());
        model.addAttribute("canEditRules", OrganisationalAnalysis.canEditRules(actor));
        return "competencies/analysis";
    }

    @PostMapping("/competencies/analysis/rules/{id}/{change:deactivate|reactivate}")
    String switchRule(@PathVariable long id, @PathVariable String change) {
        analysis.setRuleActive(CurrentActor.get(), id, change.equals("reactivate"));
        return "redirect:/competencies/analysis#rules";
    }
}
