package vn.boiduong.organization.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Paging;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.Grades;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.UnitService;

/** The staff pages: list with search, sort and paging; view; add; edit; deactivate. */
@Controller
class StaffController {

    private final StaffService staff;
    private final UnitService units;

    private final java.util.List<vn.boiduong.organization.StaffPageSection> sections;

    StaffController(StaffService staff, UnitService units,
            java.util.List<vn.boiduong.organization.StaffPageSection> sections) {
        this.staff = staff;
        this.units = units;
        this.sections = sections;
    }

    @GetMapping("/staff")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "fullName,asc") String sort, Model model) {
        Actor actor = CurrentActor.get();
        String query = q == null ? null : q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("result", staff.search(actor, unitId, query, !inactive,
                Paging.of(page, 20, sort, StaffService.SORTABLE, StaffService.DEFAULT_SORT)));
        model.addAttribute("units", units.unitsOf(actor));
        model.addAttribute("unitId", unitId);
        model.addAttribute("q", query);
        model.addAttribute("inactive", inactive);
        model.addAttribute("sort", sort);
        model.addAttribute("canEdit", canEdit(actor));
        model.addAttribute("canImport", vn.boiduong.organization.importing.StaffImportService.canImport(actor));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/staff").queryParamIfPresent("unitId",
                java.util.Optional.ofNullable(unitId)).queryParamIfPresent("q", java.util.Optional.ofNullable(query)
                        .filter(s -> !s.isBlank())).queryParam("inactive", inactive).queryParam("sort", sort)
                .encode().build().toUriString());
        return "staff/list";
    }

    @GetMapping("/staff/{id}")
    String view(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        var s = staff.get(actor, id);
        model.addAttribute("s", s);
        model.addAttribute("canEdit", canEdit(actor));
        model.addAttribute("grades", Grades.NAMES);
        model.addAttribute("sections", sections.stream().filter(x -> x.fill(model, actor, s))
                .map(vn.boiduong.organization.StaffPageSection::template).toList());
        return "staff/view";
    }

    @GetMapping("/staff/new")
    String create(Model model) {
        StaffService.requireEditor(CurrentActor.get());
        StaffForm form = new StaffForm();
        form.setCategory(StaffCategory.CIVIL_SERVANT);
        return form(model, form, null);
    }

    @PostMapping("/staff/new")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            StaffView v = staff.create(CurrentActor.get(), form.getCode(), form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/" + v.id();
        } catch (InvalidInputException e) {
            e.rejectOn(binding);
            return form(model, form, null);
        }
    }

    @GetMapping("/staff/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        StaffService.requireEditor(actor);
        return form(model, StaffForm.of(staff.get(actor, id)), id);
    }

    @PostMapping("/staff/{id}/edit")
    String edit(@PathVariable Long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, id);
        }
        try {
            staff.update(CurrentActor.get(), id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/" + id;
        } catch (InvalidInputException e) {
            e.rejectOn(binding);
            return form(model, form, id);
        } catch (vn.boiduong.common.IllegalTransitionException e) {
            binding.reject("stale", e.getMessage());
            return form(model, form, id);
        }
    }

    @PostMapping("/staff/{id}/deactivate")
    String deactivate(@PathVariable Long id) {
        staff.deactivate(CurrentActor.get(), id);
        return "redirect:/staff/" + id;
    }

    @PostMapping("/staff/{id}/reactivate")
    String reactivate(@PathVariable Long id) {
        staff.reactivate(CurrentActor.get(), id);
        return "redirect:/staff/" + id;
    }

    private String form(Model model, StaffForm form, Long id) {
        Actor actor = CurrentActor.get();
        StaffService.requireEditor(actor);
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("units", units.unitsOf(actor));
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("grades", Grades.NAMES);
        return "staff/form";
    }

    private static boolean canEdit(Actor actor) {
        return actor.hasAny(vn.boiduong.common.Role.OFFICE_SPECIALIST, vn.boiduong.common.Role.OFFICE_CHIEF,
                vn.boiduong.common.Role.ADMIN);
    }
}
