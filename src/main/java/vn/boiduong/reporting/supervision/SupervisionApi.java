package vn.boiduong.reporting.supervision;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.reporting.SupervisionStatus;

/** B6's supervision over the API (api.md): planned against actual of a plan, and the supervision visits. */
@RestController
class SupervisionApi {

    private final PlanSupervision supervision;
    private final SupervisionVisits visits;

    SupervisionApi(PlanSupervision supervision, SupervisionVisits visits) {
        this.supervision = supervision;
        this.visits = visits;
    }

    @Operation(summary = "Giám sát thực hiện kế hoạch (B6): theo từng nội dung và từng phòng — lớp đã tổ chức, học viên "
            + "kế hoạch / ghi danh / hoàn thành, kinh phí kế hoạch / phân bổ / đã chi, thời gian, trạng thái; lọc theo "
            + "status, unitId, category; asOf: ngày tính trạng thái (mặc định hôm nay); "
            + "sort=startDate|title|status|enrolled|completed|spent|budget,asc|desc")
    @GetMapping("/api/v1/plans/{id}/supervision")
    PlanSupervision.Report supervision(@PathVariable Long id, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) SupervisionStatus status, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) TrainingCategory category, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return supervision.report(CurrentActor.get(), id, asOf, new PlanSupervision.Filter(status, unitId, category),
                Paging.of(page, size, sort, PlanSupervision.SORTABLE, PlanSupervision.DEFAULT_SORT));
    }

    @Operation(summary = "Các đợt kiểm tra, giám sát theo trang; q tìm theo đối tượng và kết quả; status=OPEN|CLOSED; "
            + "sort=date|subject|status,asc|desc")
    @GetMapping("/api/v1/supervision-visits")
    PageResponse<SupervisionVisits.VisitLine> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return visits.list(CurrentActor.get(), q, status, Paging.of(page, size, sort, SupervisionVisits.SORTABLE,
                SupervisionVisits.DEFAULT_SORT));
    }

    @Operation(summary = "Ghi nhận một đợt kiểm tra, giám sát (Chánh Văn phòng): một lớp (classId) hoặc một phòng "
            + "(unitId), ngày, các tiêu chí CONTENT, LEARNERS, TIME, PLACE, LECTURERS, BUDGET (đạt/không đạt, ghi chú), "
            + "kết quả, kiến nghị (nội dung, phòng thực hiện, hạn)")
    @PostMapping("/api/v1/supervision-visits")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionVisits.VisitView record(@RequestBody(required = false) SupervisionVisits.VisitInput body) {
        return visits.record(CurrentActor.get(), body);
    }

    @Operation(summary = "Một đợt kiểm tra, giám sát: tiêu chí, kết quả, kiến nghị và việc người xem được làm")
    @GetMapping("/api/v1/supervision-visits/{id}")
    SupervisionVisits.VisitView get(@PathVariable Long id) {
        return visits.get(CurrentActor.get(), id);
    }

    @Operation(summary = "Kết thúc đợt kiểm tra (Chánh Văn phòng), khi mọi kiến nghị đã đóng; sau đó chỉ đọc")
    @PostMapping("/api/v1/supervision-visits/{id}/close")
    SupervisionVisits.VisitView close(@PathVariable Long id) {
        return visits.close(CurrentActor.get(), id);
    }

    @Operation(summary = "Đóng một kiến nghị (trưởng phòng thực hiện hoặc Văn phòng)")
    @PostMapping("/api/v1/supervision-visits/{id}/requests/{requestId}/close")
    SupervisionVisits.VisitView closeRequest(@PathVariable Long id, @PathVariable Long requestId) {
        return visits.closeRequest(CurrentActor.get(), id, requestId);
    }
}
