package vn.boiduong.needs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
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
import vn.boiduong.common.InputValidator;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Paging;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.FormErrors;
import vn.boiduong.needs.NeedCollections;
import vn.boiduong.needs.NeedPolicy;
import vn.boiduong.needs.NeedService;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.needs.NeedView;
import vn.boiduong.needs.NeedsFromCompetency;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.UnitService;

/**
 * The needs pages of B1: the list, a new need, a need with its edit form and its transitions. What
 * a page offers is what {@link NeedPolicy} allows; the year's collection has its own controller.
 */
@Controller
class NeedController {

    private final NeedService needs;
    private final NeedCollections collections;
    private final UnitService units;
    private final StaffService staff;
    private final Clock clock;
    private final InputValidator validator;
    private final NeedsFromCompetency fromCompetency;
    private final NeedPolicy policy;

    private final vn.boiduong.needs.NeedFulfilments fulfilments;

    NeedController(NeedService needs, NeedCollections collections, UnitService units, StaffService staff, Clock clock,
            InputValidator validator, NeedsFromCompetency fromCompetency, NeedPolicy policy,
            vn.boiduong.needs.NeedFulfilments fulfilments) {
        this.fulfilments = fulfilments;
        this.policy = policy;
        this.validator = validator;
        this.fromCompetency = fromCompetency;
        this.needs = needs;
        this.collections = collections;
        this.units = units;
        this.staff = staff;
        this.clock = clock;
    }

    static String clip(String q) {
        return q == null ? null : q.length() > 100 ? q.substring(0, 100) : q;
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    @GetMapping("/needs")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) NeedStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "updatedAt,desc") String sort,
            Model model) {
        Actor actor = CurrentActor.get();
        String query = clip(q);
        model.addAttribute("result", needs.search(actor, year, unitId, status, query,
                Paging.of(page, 20, sort, NeedService.SORTABLE, NeedService.DEFAULT_SORT)));
        boolean wholeAgency = policy.scope(actor) == NeedPolicy.Scope.WHOLE_AGENCY;
        model.addAttribute("units", wholeAgency ? units.unitsOf(actor) : List.of());
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("unitId", unitId);
        model.addAttribute("status", status);
        model.addAttribute("q", query);
        model.addAttribute("sort", sort);
        model.addAttribute("thisYear", thisYear());
        boolean follows = policy.followCollection(actor).isAllowed();
        model.addAttribute("canCreate", policy.create(actor).isAllowed());
        model.addAttribute("reminders", collections.reminders(actor));
        model.addAttribute("canOpen", policy.openCollection(actor).isAllowed());
        model.addAttribute("canFollow", follows);
        model.addAttribute("collections", follows ? collections.all(actor) : List.of());
        if (!model.containsAttribute("openYear")) {
            model.addAttribute("openYear", String.valueOf(thisYear()));
            model.addAttribute("openDueDate", "");
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/needs");
        Optional.ofNullable(year).ifPresent(y -> base.queryParam("year", y));
        Optional.ofNullable(unitId).ifPresent(u -> base.queryParam("unitId", u));
        Optional.ofNullable(status).ifPresent(s -> base.queryParam("status", s));
        Optional.ofNullable(query).filter(s -> !s.isBlank()).ifPresent(s -> base.queryParam("q", s));
        model.addAttribute("filterUrl", base.cloneBuilder().encode().build().toUriString());
        model.addAttribute("baseUrl", base.queryParam("sort", sort).encode().build().toUriString());
        return "needs/list";
    }

    @GetMapping("/needs/new")
    String create(@RequestParam(required = false) Long unitId, Model model) {
        Actor actor = CurrentActor.get();
        policy.create(actor).orThrow();
        NeedForm form = new NeedForm();
        form.setYear(thisYear());
        form.setUnitId(actor.has(Role.OFFICE_SPECIALIST) ? unitId : actor.unitId());
        return form(model, actor, form);
    }

    @PostMapping("/needs/new")
    String create(@ModelAttribute("form") NeedForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        policy.create(actor).orThrow();
        var data = form.toData();
        if (binding.hasErrors()) {
            alsoCheck(binding, data);
            return form(model, actor, form);
        }
        try {
            NeedView v = needs.create(actor, data);
            redirect.addFlashAttribute("message", "Đã lưu bản nháp nhu cầu. Khi hoàn chỉnh, hãy gửi Văn phòng.");
            return "redirect:/needs/" + v.id();
        } catch (InvalidInputException e) {
            reject(binding, e);
            return form(model, actor, form);
        }
    }

    /**
     * One click on a gap of the competency table: a draft for the person's unit, for the year the
     * table is shown for; a past year's table (assessments as they stood then) gives a need for this year.
     */
    @PostMapping("/needs/from-gap")
    String fromGap(@RequestParam(required = false) Long staffId, @RequestParam(required = false) Long competencyId,
            @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        Integer needYear = year != null && year >= thisYear() ? year : null;
        NeedView v = fromCompetency.fromGap(CurrentActor.get(), staffId, competencyId, needYear);
        redirect.addFlashAttribute("message", "Đã lập bản nháp từ khoảng cách năng lực. Hãy bổ sung thời gian, kinh "
                + "phí dự kiến rồi gửi Văn phòng.");
        return "redirect:/needs/" + v.id();
    }

    /** One click on a finding of the organisational analysis. */
    @PostMapping("/needs/from-finding")
    String fromFinding(@RequestParam(required = false) Long staffId, @RequestParam(required = false) Long ruleId,
            RedirectAttributes redirect) {
        NeedView v = fromCompetency.fromFinding(CurrentActor.get(), staffId, ruleId, null);
        redirect.addFlashAttribute("message", "Đã lập bản nháp từ kết quả phân tích tổ chức. Hãy bổ sung thời gian, "
                + "kinh phí dự kiến rồi gửi Văn phòng.");
        return "redirect:/needs/" + v.id();
    }

    @GetMapping("/needs/{id}")
    String view(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        NeedView v = needs.get(actor, id);
        NeedForm form = model.containsAttribute("form") ? (NeedForm) model.getAttribute("form") : NeedForm.of(v);
        return view(model, actor, v, form);
    }

    @PostMapping("/needs/{id}")
    String edit(@PathVariable Long id, @ModelAttribute("form") NeedForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        needs.requireEditable(actor, id);
        NeedView v = needs.get(actor, id);
        var data = form.toData();
        if (binding.hasErrors()) {
            alsoCheck(binding, data);
            return view(model, actor, v, form);
        }
        try {
            needs.update(actor, id, data);
            redirect.addFlashAttribute("message", "Đã lưu thay đổi.");
            return "redirect:/needs/" + id;
        } catch (InvalidInputException e) {
            reject(binding, e);
            return view(model, actor, v, form);
        } catch (IllegalTransitionException e) {
            binding.reject("stale", e.getMessage());
            return view(model, actor, needs.get(actor, id), form);
        }
    }

    @PostMapping("/needs/{id}/submit")
    String submit(@PathVariable Long id, RedirectAttributes redirect) {
        needs.submit(CurrentActor.get(), id);
        redirect.addFlashAttribute("message", "Đã gửi nhu cầu cho Văn phòng.");
        return "redirect:/needs/" + id;
    }

    @PostMapping("/needs/{id}/accept")
    String accept(@PathVariable Long id, RedirectAttributes redirect) {
        needs.accept(CurrentActor.get(), id);
        redirect.addFlashAttribute("message", "Đã tiếp nhận nhu cầu vào tổng hợp.");
        return "redirect:/needs/" + id;
    }

    @PostMapping("/needs/{id}/return")
    String returnTo(@PathVariable Long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            needs.returnTo(actor, id, reason);
        } catch (InvalidInputException e) {
            NeedView v = needs.get(actor, id);
            model.addAttribute("returnError", e.errors().get(0).message());
            model.addAttribute("reason", reason);
            return view(model, actor, v, NeedForm.of(v));
        }
        redirect.addFlashAttribute("message", "Đã trả lại nhu cầu cho đơn vị kèm lý do.");
        return "redirect:/needs/" + id;
    }

    /** htmx: the level options of a category. */
    @GetMapping("/needs/levels")
    String levels(@RequestParam(required = false) TrainingCategory category, Model model) {
        model.addAttribute("levels", category == null ? List.of() : category.levels());
        model.addAttribute("selectedLevel", null);
        return "needs/fragments :: levels";
    }

    /** htmx: the people of a unit to name in a need. */
    @GetMapping("/needs/staff-options")
    String staffOptions(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) List<Long> staffIds, Model model) {
        Actor actor = CurrentActor.get();
        policy.create(actor).orThrow();
        model.addAttribute("people", people(actor, unitId));
        model.addAttribute("selected", staffIds == null ? List.of() : staffIds);
        return "needs/fragments :: staff";
    }

    private List<StaffView> people(Actor actor, Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        try {
            return staff.search(actor, unitId, null, true, PageRequest.of(0, Paging.MAX_SIZE,
                    StaffService.DEFAULT_SORT)).items();
        } catch (RuntimeException e) {
            return List.of(); // a unit out of scope simply has nobody to offer
        }
    }

    /** A form with unreadable fields also shows what is wrong with the others, all at once. */
    private void alsoCheck(BindingResult binding, vn.boiduong.needs.NeedData data) {
        try {
            validator.check(data);
        } catch (InvalidInputException e) {
            reject(binding, e);
        }
    }

    /** The service's errors beside the form's fields; those the form has no field for at the top. */
    private static void reject(BindingResult binding, InvalidInputException e) {
        FormErrors.reject(binding, e);
    }

    private void formModel(Model model, Actor actor, NeedForm form) {
        model.addAttribute("form", form);
        model.addAttribute("categories", TrainingCategory.values());
        model.addAttribute("levels", form.getCategory() == null ? List.of() : form.getCategory().levels());
        model.addAttribute("officeAuthor", actor.has(Role.OFFICE_SPECIALIST));
        model.addAttribute("units", units.unitsOf(actor));
        model.addAttribute("people", people(actor, form.getUnitId()));
        model.addAttribute("selected", form.getStaffIds());
        model.addAttribute("unitName", form.getUnitId() == null ? null
                : units.findUnit(form.getUnitId()).map(vn.boiduong.organization.Unit::getName).orElse(null));
    }

    private String form(Model model, Actor actor, NeedForm form) {
        formModel(model, actor, form);
        return "needs/new";
    }

    private String view(Model model, Actor actor, NeedView v, NeedForm form) {
        NeedView.Allowed allowed = policy.allowed(actor, v);
        model.addAttribute("need", v);
        model.addAttribute("allowed", allowed);
        model.addAttribute("named", needs.namedStaff(v));
        model.addAttribute("fulfilled", fulfilments.of(v.id()));
        // the head of the unit is asked to correct a returned need: who may send it again
        model.addAttribute("isHeadOfUnit", allowed.submit());
        if (allowed.edit()) {
            formModel(model, actor, form);
        }
        return "needs/view";
    }
}
