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
    @Operation(summary = "Mở kế hoạch của năm (Chánh Văn phòng); mỗi cơ quan một kế hoạch một năm, trùng → 409")
    PlanView create(@RequestBody(required = false) CreatePlan body) {
        // the service checks the role before the input: a body left out is a 400 only for the chief
        return plans.create(CurrentActor.get(), body == null ? null : body.year(),
                body == null ? null : body.registrationDueDate());
    }

    @GetMapping
    @Operation(summary = "Các kế hoạch của cơ quan, năm mới nhất trước, theo trang (sort=year,asc|desc)")
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

    @Operation(summary = "Một kế hoạch với các lớp, khóa học của nó")
    @GetMapping("/{id}")
    PlanView get(@PathVariable Long id) {
        return plans.get(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm lớp tự tổ chức hoặc cử đi học (Văn phòng); budget là một số (tổng, đồng) "
            + "hoặc các khoản chi")
    PlanView.ItemView addItem(@PathVariable Long id, @RequestBody(required = false) ItemRequest body) {
        // the right and the plan's state before the body: an approved plan answers 409 to any item sent
        return plans.addItem(CurrentActor.get(), id, () -> present(body).toData());
    }

    @Operation(summary = "Sửa một lớp, khóa học của kế hoạch; version cũ → 409")
    @PutMapping("/{id}/items/{itemId}")
    PlanView.ItemView updateItem(@PathVariable Long id, @PathVariable Long itemId,
            @RequestBody(required = false) ItemRequest body) {
        return plans.updateItem(CurrentActor.get(), id, itemId, () -> present(body).toData());
    }

    @Operation(summary = "Xóa một lớp, khóa học khỏi kế hoạch")
    @DeleteMapping("/{id}/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeItem(@PathVariable Long id, @PathVariable Long itemId) {
        plans.removeItem(CurrentActor.get(), id, itemId);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "B3: trình kế hoạch (Chánh Văn phòng): DRAFT/RETURNED → SUBMITTED")
    PlanView submit(@PathVariable Long id) {
        return plans.submit(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Trả lại kế hoạch kèm lý do (Giám đốc): SUBMITTED → RETURNED")
    PlanView returnPlan(@PathVariable Long id, @RequestBody(required = false) ReturnPlan body) {
        return plans.returnToOffice(CurrentActor.get(), id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "B4: phê duyệt kế hoạch (Giám đốc): SUBMITTED → APPROVED; các dòng của kế hoạch thành lớp học")
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
