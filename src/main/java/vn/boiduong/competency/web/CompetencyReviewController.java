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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.competency.CompetencyAssessments;
import vn.boiduong.competency.CompetencyCatalogue;
import vn.boiduong.competency.CompetencyGaps;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.EvidenceFiles;
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
    private final EvidenceFiles evidence;
    private final UnitService units;
    private final Clock clock;

    CompetencyReviewController(CompetencyAssessments assessments, CompetencyCatalogue catalogue,
            CompetencyGaps gaps, OrganisationalAnalysis analysis, EvidenceFiles evidence, UnitService units,
            Clock clock) {
        this.evidence = evidence;
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
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!CompetencyAssessments.canAssess(actor)) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        if (binding.hasErrors()) {
            return staffPage(id, model, form);
        }
        try {
            evidence.assessWithEvidence(actor, id, form.toData(), EvidenceApi.uploads(files == null ? List.of() : files));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/competencies/staff/" + id;
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> {
                if (err.field().equals("files")) {
                    model.addAttribute("filesError", err.message());
                } else {
                    binding.rejectValue(switch (err.field()) {
                        case "competencyId", "level", "assessedOn", "evidence" -> err.field();
                        default -> "competencyId";
                    }, "invalid", err.message());
                }
            });
            return staffPage(id, model, form);
        }
    }

    /** Files added later to an assessment already recorded (the certificate arrives after the course). */
    @PostMapping("/competencies/staff/{id}/assessments/{aid}/evidence")
    String attach(@PathVariable long id, @PathVariable long aid,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            evidence.attach(actor, id, aid, EvidenceApi.uploads(files == null ? List.of() : files));
            redirect.addFlashAttribute("evidenceSaved", true);
            return "redirect:/competencies/staff/" + id + "#assessment-" + aid;
        } catch (InvalidInputException e) {
            model.addAttribute("evidenceError", e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message());
            model.addAttribute("evidenceFor", aid);
            AssessmentForm form = new AssessmentForm();
            form.setAssessedOn(LocalDate.now(clock));
            staffPage(id, model, form);
            return "competencies/staff";
        }
    }

    private String staffPage(long id, Model model, AssessmentForm form) {
        Actor actor = CurrentActor.get();
        StaffCompetencies p = assessments.profile(actor, id);
        model.addAttribute("p", p);
        model.addAttribute("form", form);
        model.addAttribute("canAssess", CompetencyAssessments.canAssess(actor));
        model.addAttribute("evidenceMax", evidence.maxSizeText());
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
        // the administrator edits the standards without a say in the analysis: the standards, no findings
        boolean viewer = OrganisationalAnalysis.canView(actor);
        List<Finding> findings = viewer ? analysis.findings(actor, unitId) : List.of();
        model.addAttribute("findings", findings);
        model.addAttribute("showFindings", viewer);
        model.addAttribute("rules", analysis.rules(actor));
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", viewer && actor.seesWholeAgency() ? units.unitsOf(actor) : List.of());
        model.addAttribute("canEditRules", OrganisationalAnalysis.canEditRules(actor));
        return "competencies/analysis";
    }

    @PostMapping("/competencies/analysis/rules/{id}/{change:deactivate|reactivate}")
    String switchRule(@PathVariable long id, @PathVariable String change) {
        analysis.setRuleActive(CurrentActor.get(), id, change.equals("reactivate"));
        return "redirect:/competencies/analysis#rules";
    }
}
