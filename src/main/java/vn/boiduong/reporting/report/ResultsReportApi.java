package vn.boiduong.reporting.report;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;

/** B6's report to the Director over the API (api.md, "POST /api/v1/results-reports"). */
@RestController
class ResultsReportApi {

    record YearBody(Integer year) {
    }

    record NarrativeBody(String generalAssessment, String achievements, String shortcomings, String proposals,
            Long version) {
    }

    record ReasonBody(String reason) {
    }

    record CommentBody(String comment) {
    }

    private final ResultsReportService reports;

    ResultsReportApi(ResultsReportService reports) {
        this.reports = reports;
    }

    @Operation(summary = "Các báo cáo kết quả công tác ĐTBD của cơ quan (Văn phòng, Giám đốc); lọc theo year, status; "
            + "phân trang page, size; sort=year|status|createdAt,asc|desc")
    @GetMapping("/api/v1/results-reports")
    PageResponse<ResultsReportService.Summary> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return reports.list(CurrentActor.get(), year, ResultsReportController.parseStatus(status),
                Paging.of(page, size, sort, ResultsReportService.SORTABLE, ResultsReportService.DEFAULT_SORT));
    }

    @Operation(summary = "Soạn báo cáo kết quả công tác ĐTBD năm {year} (Chánh Văn phòng); mỗi năm một báo cáo (409)")
    @PostMapping("/api/v1/results-reports")
    @ResponseStatus(HttpStatus.CREATED)
    ResultsReportService.View create(@RequestBody(required = false) YearBody body) {
        return reports.create(CurrentActor.get(), body == null ? null : body.year());
    }

    @Operation(summary = "Báo cáo với số liệu của năm (tính từ dữ liệu B5; cố định khi Giám đốc đã cho ý kiến)")
    @GetMapping("/api/v1/results-reports/{id}")
    ResultsReportService.View get(@PathVariable Long id) {
        return reports.get(CurrentActor.get(), id);
    }

    @Operation(summary = "Sửa các phần nội dung (Chánh Văn phòng, khi đang soạn hoặc bị trả lại): generalAssessment, "
            + "achievements, shortcomings, proposals (tối đa 4000 ký tự mỗi phần), version")
    @PutMapping("/api/v1/results-reports/{id}")
    ResultsReportService.View edit(@PathVariable Long id, @RequestBody(required = false) NarrativeBody body) {
        return reports.edit(CurrentActor.get(), id, body == null ? null : new ResultsReport.Narrative(
                body.generalAssessment(), body.achievements(), body.shortcomings(), body.proposals()),
                body == null ? null : body.version());
    }

    @Operation(summary = "Trình Giám đốc (Chánh Văn phòng)")
    @PostMapping("/api/v1/results-reports/{id}/submit")
    ResultsReportService.View submit(@PathVariable Long id) {
        return reports.submit(CurrentActor.get(), id);
    }

    @Operation(summary = "Trả lại báo cáo kèm lý do (Giám đốc): {reason}")
    @PostMapping("/api/v1/results-reports/{id}/return")
    ResultsReportService.View returnIt(@PathVariable Long id, @RequestBody(required = false) ReasonBody body) {
        return reports.returnIt(CurrentActor.get(), id, body == null ? null : body.reason());
    }

    @Operation(summary = "Cho ý kiến, tiếp nhận báo cáo (Giám đốc): {comment}; báo cáo được đánh số …/BC-… và cố định")
    @PostMapping("/api/v1/results-reports/{id}/acknowledge")
    ResultsReportService.View acknowledge(@PathVariable Long id, @RequestBody(required = false) CommentBody body) {
        return reports.acknowledge(CurrentActor.get(), id, body == null ? null : body.comment());
    }

    @Operation(summary = "Báo cáo đã được Giám đốc cho ý kiến, tệp Word theo thể thức Nghị định 30 (lưu khi tiếp nhận)")
    @GetMapping("/api/v1/results-reports/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return file(reports.file(CurrentActor.get(), id, "docx"));
    }

    @Operation(summary = "Báo cáo đã được Giám đốc cho ý kiến, tệp PDF (lưu khi tiếp nhận)")
    @GetMapping("/api/v1/results-reports/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return file(reports.file(CurrentActor.get(), id, "pdf"));
    }

    static ResponseEntity<byte[]> file(ResultsReportService.StoredFile f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .eTag("\"" + f.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }
}
