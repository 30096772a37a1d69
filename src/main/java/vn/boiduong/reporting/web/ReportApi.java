package vn.boiduong.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.documents.FormView;
import vn.boiduong.documents.XlsxFormRenderer;
import vn.boiduong.reporting.PlanReports;

/** The plan's forms 2a, 2b, 2c: the XLSX, or with {@code Accept: application/json} the same rows as JSON. */
@RestController
@Tag(name = "Báo cáo", description = "Các biểu 2a, 2b, 2c của kế hoạch đã phê duyệt (XLSX hoặc JSON theo Accept)")
class ReportApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanReports reports;
    private final XlsxFormRenderer xlsx;

    ReportApi(PlanReports reports, XlsxFormRenderer xlsx) {
        this.reports = reports;
        this.xlsx = xlsx;
    }

    @GetMapping(value = "/api/v1/reports/{form:2[abc]}", produces = XLSX)
    @Operation(summary = "Biểu của kế hoạch đã phê duyệt năm year, tệp XLSX (Văn phòng, Giám đốc)")
    ResponseEntity<byte[]> formXlsx(@PathVariable String form, @RequestParam(required = false) Integer year) {
        FormSheet sheet = reports.planForm(CurrentActor.get(), form, year);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bieu-" + form + "-" + year + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx.render(sheet));
    }

    @GetMapping(value = "/api/v1/reports/{form:2[abc]}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Các dòng và số liệu của biểu, như trong tệp XLSX")
    FormView formJson(@PathVariable String form, @RequestParam(required = false) Integer year) {
        return reports.planForm(CurrentActor.get(), form, year).view();
    }
}
