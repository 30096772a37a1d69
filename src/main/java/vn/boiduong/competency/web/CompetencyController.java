package vn.boiduong.competency.web;

import java.util.List;
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
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.CompetencyCatalogue;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.CompetencyView;
import vn.boiduong.competency.OrganisationalAnalysis;
import vn.boiduong.competency.RequirementData;
import vn.boiduong.organization.Grades;
import vn.boiduong.organization.UnitService;

/** The catalogue pages: list (everyone signed in), form, one competency with its requirements, job positions. */
@Controller
class CompetencyController {

    private final CompetencyCatalogue catalogue;
    private final UnitService units;

    CompetencyController(CompetencyCatalogue catalogue, UnitService units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    @GetMapping("/competencies")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        List<CompetencyView> all = catalogue.list(actor);
        model.addAttribute("groups", CompetencyGroup.values());
        model.addAttribute("byGroup", java.util.Arrays.stream(CompetencyGroup.values()).collect(
                java.util.stream.Collectors.toMap(g -> g, g -> all.stream().filter(c -> c.group() == g).toList())));
        model.addAttribute("canEdit", CompetencyCatalogue.canEdit(actor));
        model.addAttribute("canAnalyse", OrganisationalAnalysis.canView(actor));
        boolean gapReader = actor.seesWholeAgency() || actor.has(Role.UNIT_HEAD);
        model.addAttribute("gapUnits", !gapReader ? List.of() : actor.seesWholeAgency() ? units.unitsOf(actor)
                : units.unitsOf(actor).stream().filter(u -> u.getId().equals(actor.unitId())).toList());
        return "competencies/list";
    }

    @GetMapping("/competencies/{id}")
    String view(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("c", catalogue.get(actor, id));
        model.addAttribute("requirements", catalogue.requirements(actor, id));
        model.addAttribute("canEdit", CompetencyCatalogue.canEdit(actor));
        model.addAttribute("positions", catalogue.jobPositions(actor));
        model.addAttribute("grades", Grades.NAMES);
        return "competencies/view";
    }

    @GetMapping("/competencies/new")
    String create(Model model) {
        CompetencyForm form = new CompetencyForm();
        form.setGroup(CompetencyGroup.KNOWLEDGE);
        return form(model, form, null);
    }

    @PostMapping("/competencies/new")
    String create(@ModelAttribute("form") CompetencyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CompetencyCatalogue.requireEditor(CurrentActor.get());
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            CompetencyView v = catalogue.create(CurrentActor.get(), form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/competencies/" + v.id();
        } catch (InvalidInputException e) {
            reject(binding, form, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/competencies/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        CompetencyCatalogue.requireEditor(actor);
        return form(model, CompetencyForm.of(catalogue.get(actor, id)), id);
    }

    @PostMapping("/competencies/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") CompetencyForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CompetencyCatalogue.requireEditor(CurrentActor.get());
        if (binding.hasErrors()) {
            return form(model, form, id);
        }
        try {
            catalogue.update(CurrentActor.get(), id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/competencies/" + id;
        } catch (InvalidInputException e) {
            reject(binding, form, e);
            return form(model, form, id);
        } catch (IllegalTransitionException e) {
            binding.reject("stale", e.getMessage());
            return form(model, form, id);
        }
    }

    @PostMapping("/competencies/{id}/deactivate")
    String deactivate(@PathVariable long id) {
        catalogue.setActive(CurrentActor.get(), id, false);
        return "redirect:/competencies/" + id;
    }

    @PostMapping("/competencies/{id}/reactivate")
    String reactivate(@PathVariable long id) {
        catalogue.setActive(CurrentActor.get(), id, true);
        return "redirect:/competencies/" + id;
    }

    @PostMapping("/competencies/{id}/requirements")
    String addRequirement(@PathVariable long id, @RequestParam(required = false) String target,
            @RequestParam(required = false) Long jobPositionId, @RequestParam(required = false) String gradeCode,
            @RequestParam(required = false) String professionalTitle, @RequestParam(required = false) Integer level,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        // the page offers one target at a time; only that one is sent on
        RequirementData data = new RequirementData("JOB_POSITION".equals(target) ? jobPositionId : null,
                "GRADE".equals(target) ? gradeCode : null, "TITLE".equals(target) ? professionalTitle : null, level);
        try {
            catalogue.addRequirement(actor, id, data);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/competencies/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("reqErrors", e.toFieldMap());
            model.addAttribute("target", target);
            model.addAttribute("reqLevel", level);
            view(id, model);
            return "competencies/view";
        }
    }

    @PostMapping("/competency-requirements/{rid}/remove")
    String removeRequirement(@PathVariable long rid, @RequestParam long competencyId) {
        catalogue.removeRequirement(CurrentActor.get(), rid);
        return "redirect:/competencies/" + competencyId;
    }

    @GetMapping("/competencies/positions")
    String positions(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("positions", catalogue.jobPositions(actor));
        model.addAttribute("canEdit", CompetencyCatalogue.canEdit(actor));
        return "competencies/positions";
    }

    @PostMapping("/competencies/positions")
    String addPosition(@RequestParam(required = false) String name,
            @RequestParam(required = false) String description, Model model, RedirectAttributes redirect) {
        try {
            catalogue.addJobPosition(CurrentActor.get(), name, description);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/competencies/positions";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.toFieldMap());
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            positions(model);
            return "competencies/positions";
        }
    }

    private static void reject(BindingResult binding, CompetencyForm form, InvalidInputException e) {
        var fields = new org.springframework.beans.BeanWrapperImpl(form);
        e.errors().forEach(err -> {
            String field = form.formField(err.field());
            // a message about no field of the form (an account without an agency) is the form's own
            if (fields.isReadableProperty(field)) {
                binding.rejectValue(field, "invalid", err.message());
            } else {
                binding.reject("invalid", err.message());
            }
        });
    }

    private String form(Model model, CompetencyForm form, Long id) {
        CompetencyCatalogue.requireEditor(CurrentActor.get());
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("groups", CompetencyGroup.values());
        model.addAttribute("categories", TrainingCategory.values());
        return "competencies/form";
    }
}
