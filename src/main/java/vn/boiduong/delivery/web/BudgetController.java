package vn.boiduong.delivery.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.web.DayInputs;
import vn.boiduong.delivery.BudgetRules;
import vn.boiduong.delivery.BudgetService;
import vn.boiduong.delivery.InstitutionService;
import vn.boiduong.delivery.SendDecisionService;
import vn.boiduong.organization.UnitService;

/**
 * The pages of B5's money: /plans/{id}/allocation (the allocation, the announcement, the adjustments),
 * /institutions (the training institutions), and the forms of the class page's budget section.
 */
@Controller
class BudgetController {

    private final BudgetService budget;
    private final InstitutionService institutions;
    private final SendDecisionService decisions;
    private final UnitService units;

    BudgetController(BudgetService budget, InstitutionService institutions, SendDecisionService decisions,
            UnitService units) {
        this.budget = budget;
        this.institutions = institutions;
        this.decisions = decisions;
        this.units = units;
    }

    @GetMapping("/plans/{id}/allocation")
    String allocation(@PathVariable Long id, Model model) {
        Actor actor = CurrentActor.get();
        BudgetService.AllocationView a = budget.allocation(actor, id);
        model.addAttribute("a", a);
        if (a.allowed().edit() || a.allowed().adjust()) {
            model.addAttribute("units", units.activeUnitsOf(actor.agencyId()));
        }
        return "plans/allocation";
    }

    @PostMapping("/plans/{id}/allocation")
    String allocate(@PathVariable Long id, @RequestParam(required = false) List<Long> classId,
            @RequestParam(required = false) List<String> unitId, @RequestParam(required = false) List<String> amount,
            @RequestParam(required = false) Long newClassId, @RequestParam(required = false) String newUnitId,
            @RequestParam(required = false) String newAmount, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act("/plans/" + id + "/allocation", redirect, "Đã lưu phân bổ kinh phí.", () -> {
            List<BudgetRules.Line> lines = new ArrayList<>();
            int n = classId == null ? 0 : classId.size();
            for (int i = 0; i < n; i++) {
                // a blank field alone arrives as an empty list: the line's unit or amount is then missing
                lines.add(new BudgetRules.Line(classId.get(i), unit(at(unitId, i)),
                        money(at(amount, i), "lines[" + i + "].amount")));
            }
            if (newClassId != null && newAmount != null && !newAmount.isBlank()) {
                lines.add(new BudgetRules.Line(newClassId, unit(newUnitId), money(newAmount, "newAmount")));
            }
            budget.allocate(CurrentActor.get(), id, lines, reason);
        });
    }

    @PostMapping("/plans/{id}/announcement")
    String announce(@PathVariable Long id, @RequestParam(required = false) String number,
            @RequestParam(required = false) String date, RedirectAttributes redirect) {
        return act("/plans/" + id + "/allocation", redirect, "Đã ban hành thông báo.",
                () -> budget.announce(CurrentActor.get(), id, number, DayInputs.parse("date", date)));
    }

    @GetMapping("/institutions")
    String institutions(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("institutions", institutions.list(actor));
        model.addAttribute("canEdit", actor.isOffice() && actor.agencyId() != null);
        return "institutions/list";
    }

    @PostMapping("/institutions")
    String addInstitution(@RequestParam(required = false) String name, @RequestParam(required = false) String address,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        return act("/institutions", redirect, "Đã thêm cơ sở đào tạo.", () -> institutions.create(CurrentActor.get(),
                new InstitutionService.InstitutionData(name, address, contact, email)));
    }

    @PostMapping("/institutions/{id}")
    String updateInstitution(@PathVariable Long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String address, @RequestParam(required = false) String contact,
            @RequestParam(required = false) String email, RedirectAttributes redirect) {
        return act("/institutions", redirect, "Đã lưu cơ sở đào tạo.", () -> institutions.update(CurrentActor.get(), id,
                new InstitutionService.InstitutionData(name, address, contact, email)));
    }

    @PostMapping("/classes/{id}/spending")
    String spend(@PathVariable Long id, @RequestParam(required = false) String line,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String date,
            @RequestParam(required = false) String voucher, @RequestParam(required = false) String note,
            @RequestParam(required = false) String unitId, RedirectAttributes redirect) {
        return act("/classes/" + id + "#budget", redirect, "Đã ghi khoản chi.", () -> budget.spend(CurrentActor.get(), id,
                new BudgetService.SpendingData(line, money(amount, "amount"), DayInputs.parse("date", date), voucher, note,
                        unit(unitId))));
    }

    @PostMapping("/classes/{id}/institution")
    String chooseInstitution(@PathVariable Long id, @RequestParam(required = false) Long institutionId,
            RedirectAttributes redirect) {
        return act("/classes/" + id + "#budget", redirect, "Đã lưu cơ sở đào tạo của lớp.",
                () -> institutions.choose(CurrentActor.get(), id, institutionId));
    }

    @PostMapping("/classes/{id}/decision")
    String recordDecision(@PathVariable Long id, @RequestParam(required = false) String number,
            @RequestParam(required = false) String date, RedirectAttributes redirect) {
        return act("/classes/" + id + "#budget", redirect, "Đã ghi số quyết định cử đi học.",
                () -> decisions.record(CurrentActor.get(), id, number, DayInputs.parse("date", date)));
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private static Long unit(String text) {
        if (text == null || text.isBlank() || "none".equals(text.strip())) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("unitId", "Đơn vị không hợp lệ.");
        }
    }

    /** An amount as people type it: "1.250.000", "1 250 000 đ" or "1250000". */
    static Long money(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip().replaceAll("[.\\s\u00a0]", "").replaceAll("(?i)(đ|đồng|vnd)$", "");
        if (!digits.matches("\\d{1,13}")) {
            throw InvalidInputException.of(field, "Số tiền không hợp lệ: hãy nhập số đồng, ví dụ 1.250.000.");
        }
        return Long.valueOf(digits);
    }

    private static String act(String target, RedirectAttributes redirect, String saved, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("budgetSaved", saved);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("budgetError", e.errors().isEmpty() ? e.getMessage()
                    : e.errors().stream().map(InvalidInputException.FieldError::message)
                            .reduce((x, y) -> x + " " + y).orElse(e.getMessage()));
        } catch (IllegalTransitionException | NotFoundException e) {
            redirect.addFlashAttribute("budgetError", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("budgetError", "Dữ liệu vừa được người khác thay đổi. Hãy xem lại.");
        }
        return "redirect:" + target;
    }
}
