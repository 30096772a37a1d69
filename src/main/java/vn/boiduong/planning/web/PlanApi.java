package vn.boiduong.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanView;

/** B3–B4 over JSON (api.md): the plan, its items, submit, return, approve. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApi {

    record CreatePlan(Integer year, LocalDate registrationDueDate) {
    }

    record ReturnPlan(String reason) {
    }

    record ApprovePlan(String decisionNumber, LocalDate decisionDate) {
    }

    private final PlanService plans;

    PlanApi(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open the year's plan (OFFICE_CHIEF); one per agency and year, else 409")
    PlanView create(@RequestBody(required = false) CreatePlan body) {
        // the service checks the role before the input: a body left out is a 400 only for the chief
        return plans.create(CurrentActor.get(), body == null ? null : body.year(),
                body == null ? null : body.registrationDueDate());
    }

    @GetMapping
    @Operation(summary = "The agency's plans, newest year first, in the list shape of api.md "
            + "(sort=year,asc|desc); an agency has one plan a year, so the page is cut in memory")
    vn.boiduong.common.PageResponse<PlanView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        List<PlanView> all = plans.list(CurrentActor.get());
        var pageable = vn.boiduong.common.Paging.of(page, size, sort, java.util.Map.of("year", "year"),
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "year"));
        var order = pageable.getSort().getOrderFor("year");
        java.util.Comparator<PlanView> byYear = java.util.Comparator.comparingInt(PlanView::year);
        List<PlanView> sorted = all.stream()
                .sorted(order != null && order.isAscending() ? byYear : byYear.reversed()).toList();
        int from = (int) Math.min(pageable.getOffset(), sorted.size());
        int to = Math.min(from + pageable.getPageSize(), sorted.size());
        return new vn.boiduong.common.PageResponse<>(sorted.subList(from, to), pageable.getPageNumber(),
                pageable.getPageSize(), sorted.size());
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable Long id) {
        return plans.get(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a hosted class or an external registration (OFFICE_CHIEF, OFFICE_SPECIALIST); "
            + "budget is a number (total VND) or an object of cost lines")
    PlanView.ItemView addItem(@PathVariable Long id, @RequestBody(required = false) ItemRequest body) {
        // the right and the plan's state before the body: an approved plan answers 409 to any item sent
        return plans.addItem(CurrentActor.get(), id, () -> present(body).toData());
    }

    @PutMapping("/{id}/items/{itemId}")
    PlanView.ItemView updateItem(@PathVariable Long id, @PathVariable Long itemId,
            @RequestBody(required = false) ItemRequest body) {
        return plans.updateItem(CurrentActor.get(), id, itemId, () -> present(body).toData());
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeItem(@PathVariable Long id, @PathVariable Long itemId) {
        plans.removeItem(CurrentActor.get(), id, itemId);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "B3: DRAFT/RETURNED → SUBMITTED (OFFICE_CHIEF)")
    PlanView submit(@PathVariable Long id) {
        return plans.submit(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "SUBMITTED → RETURNED with a reason (DIRECTOR)")
    PlanView returnPlan(@PathVariable Long id, @RequestBody(required = false) ReturnPlan body) {
        return plans.returnToOffice(CurrentActor.get(), id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "B4: SUBMITTED → APPROVED (DIRECTOR); the items become classes")
    PlanView approve(@PathVariable Long id, @RequestBody(required = false) ApprovePlan body) {
        return plans.approve(CurrentActor.get(), id, body == null ? null : body.decisionNumber(),
                body == null ? null : body.decisionDate());
    }

    private static ItemRequest present(ItemRequest body) {
        if (body == null) {
            throw vn.boiduong.common.InvalidInputException.of("body", "Thiếu dữ liệu của mục kế hoạch.");
        }
        return body;
    }
}
