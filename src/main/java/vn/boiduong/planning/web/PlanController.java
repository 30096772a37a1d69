package vn.boiduong.planning.web;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.boiduong.common.web.DayInputs;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.FormErrors;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanPolicy;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanView;

/** The pages /plans and /plans/{id}: open a plan, write items, submit, return, approve. */
@Controller
class PlanController {

    private final PlanService plans;
    private final PlanPolicy policy;
    private final Clock clock;

    PlanController(PlanService plans, PlanPolicy policy, Clock clock) {
        this.plans = plans;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("plans", plans.list(actor));
        model.addAttribute("canCreate", policy.create(actor).isAllowed());
        model.addAttribute("nextYear", LocalDate.now(clock).getYear() + 1);
        return "plans/list";
    }

    @PostMapping("/plans")
    String create(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String registrationDueDate, RedirectAttributes redirect) {
        try {
            PlanView p = plans.create(CurrentActor.get(), year,
                    DayInputs.parse("registrationDueDate", registrationDueDate));
            redirect.addFlashAttribute("saved", "plan.created");
            return "redirect:/plans/" + p.id();
        } catch (InvalidInputException | IllegalTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/plans";
        }
    }

    @GetMapping("/plans/{id}")
    String view(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        PlanView p = plans.get(actor, id);
        model.addAttribute("plan", p);
        model.addAttribute("allowed", policy.allowed(actor, p));
        model.addAttribute("collectionWarning", plans.collectionWarning(actor, p).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("charts", charts(p));
        return "plans/view";
    }

    @GetMapping("/plans/{id}/items/new")
    String newItem(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        policy.writeItems(actor).orThrow();
        return itemPage(model, plans.get(actor, id), null, new ItemForm());
    }

    @GetMapping("/plans/{id}/items/{itemId}/edit")
    String editItem(@PathVariable Long id, @PathVariable Long itemId, Model model) {
        Actor actor = CurrentActor.get();
        policy.writeItems(actor).orThrow();
        PlanView p = plans.get(actor, id);
        PlanView.ItemView item = p.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new vn.boiduong.common.NotFoundException("mục kế hoạch"));
        return itemPage(model, p, itemId, ItemForm.of(item));
    }

    @PostMapping("/plans/{id}/items")
    String addItem(@PathVariable Long id, @ModelAttribute("itemForm") ItemForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return saveItem(id, null, form, binding, model, redirect);
    }

    @PostMapping("/plans/{id}/items/{itemId}")
    String updateItem(@PathVariable Long id, @PathVariable Long itemId, @ModelAttribute("itemForm") ItemForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return saveItem(id, itemId, form, binding, model, redirect);
    }

    private String saveItem(Long id, Long itemId, ItemForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        policy.writeItems(actor).orThrow();
        if (!binding.hasErrors()) {
            try {
                if (itemId == null) {
                    plans.addItem(actor, id, form.toData());
                } else {
                    plans.updateItem(actor, id, itemId, form.toData());
                }
                redirect.addFlashAttribute("saved", "plan.item.saved");
                return "redirect:/plans/" + id + "#items";
            } catch (InvalidInputException e) {
                // the API names a cost line "budget.hall"; the form has the line as its own field
                FormErrors.reject(binding, e, f -> f.startsWith("budget.") ? f.substring(7) : f);
            } catch (IllegalTransitionException e) {
                binding.reject("state", e.getMessage());
            }
        }
        return itemPage(model, plans.get(actor, id), itemId, form);
    }

    @PostMapping("/plans/{id}/items/{itemId}/delete")
    String removeItem(@PathVariable Long id, @PathVariable Long itemId, RedirectAttributes redirect) {
        return act(id, redirect, "plan.item.removed", () -> plans.removeItem(CurrentActor.get(), id, itemId));
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "plan.submitted", () -> plans.submit(CurrentActor.get(), id));
    }

    @PostMapping("/plans/{id}/return")
    String returnPlan(@PathVariable Long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "plan.returned", () -> plans.returnToOffice(CurrentActor.get(), id, reason));
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@PathVariable Long id, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionDate, RedirectAttributes redirect) {
        return act(id, redirect, "plan.approved", () -> plans.approve(CurrentActor.get(), id, decisionNumber,
                DayInputs.parse("decisionDate", decisionDate)));
    }

    private String act(Long id, RedirectAttributes redirect, String savedKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", savedKey);
        } catch (InvalidInputException | IllegalTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "Kế hoạch vừa được người khác thay đổi. Hãy xem lại.");
        }
        return "redirect:/plans/" + id;
    }

    private String itemPage(Model model, PlanView p, Long itemId, ItemForm form) {
        model.addAttribute("plan", p);
        model.addAttribute("itemId", itemId);
        model.addAttribute("itemForm", form);
        model.addAttribute("categories", TrainingCategory.values());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("fundingSources", FundingSource.values());
        java.util.List<vn.boiduong.planning.ServedNeed> needs = new java.util.ArrayList<>(p.unservedNeeds());
        p.items().forEach(i -> needs.addAll(i.needs()));
        needs.sort(java.util.Comparator.comparing(vn.boiduong.planning.ServedNeed::id));
        model.addAttribute("needs", needs.stream().distinct().toList());
        return "plans/item";
    }

    /** The totals as bar charts: money by category and by funding source, people by unit. */
    private static java.util.Map<String, vn.boiduong.common.web.BarChart> charts(PlanView p) {
        var money = (java.util.function.Function<Long, String>) vn.boiduong.common.web.PageHelpers::vnd;
        return java.util.Map.of(
                "byCategory", vn.boiduong.common.web.BarChart.of("Kinh phí theo lĩnh vực", p.totals().byCategory(),
                        PlanView.Line::label, PlanView.Line::budget, money),
                "byFundingSource", vn.boiduong.common.web.BarChart.of("Kinh phí theo nguồn", p.totals().byFundingSource(),
                        PlanView.Line::label, PlanView.Line::budget, money),
                "byUnit", vn.boiduong.common.web.BarChart.of("Số người theo đơn vị", p.totals().byUnit(),
                        PlanView.Line::label, PlanView.Line::headcount, n -> n + " người"));
    }
}
