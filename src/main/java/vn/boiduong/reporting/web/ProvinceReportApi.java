package vn.boiduong.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.documents.FormView;
import vn.boiduong.documents.XlsxFormRenderer;
import vn.boiduong.reporting.ProvinceReports;

/**
 * The province roll-up (B6, PROVINCE_OFFICER only; everyone else 403): each form with a block per
 * agency and the province's totals, the agencies' standing in the year, and one agency's own form.
 */
@RestController
@Tag(name = "Tổng hợp toàn tỉnh", description = "Biểu 1a, 1b, 2a, 2b, 2c của mọi cơ quan trong tỉnh (chỉ đọc)")
class ProvinceReportApi {

    private final ProvinceReports reports;
    private final XlsxFormRenderer xlsx;

    ProvinceReportApi(ProvinceReports reports, XlsxFormRenderer xlsx) {
        this.reports = reports;
        this.xlsx = xlsx;
    }

    @GetMapping("/api/v1/province/reports/{form}")
    @Operation(summary = "Biểu của toàn tỉnh năm year: mỗi cơ quan một nhóm dòng và tổng cộng toàn tỉnh; XLSX (mặc định) "
            + "hoặc JSON với Accept: application/json (PROVINCE_OFFICER)")
    @ApiResponse(responseCode = "200", description = "Biểu", content = {
            @Content(mediaType = ReportApi.XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FormView.class))})
    ResponseEntity<?> form(@PathVariable String form, @RequestParam(required = false) Integer year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        FormSheet sheet = reports.provinceForm(CurrentActor.get(), form, year);
        return ReportApi.answer(xlsx, sheet, "toan-tinh-bieu-" + form + "-" + year + ".xlsx", accept);
    }

    @GetMapping("/api/v1/province/agencies")
    @Operation(summary = "Các cơ quan trong tỉnh năm year: kế hoạch đã phê duyệt chưa, đã có kết quả chưa (PROVINCE_OFFICER)")
    ProvinceReports.Overview agencies(@RequestParam(required = false) Integer year) {
        return reports.overview(CurrentActor.get(), year);
    }

    @GetMapping("/api/v1/province/agencies/{agencyId}/reports/{form}")
    @Operation(summary = "Biểu của một cơ quan như cơ quan đó tải về (chỉ đọc; PROVINCE_OFFICER)")
    ResponseEntity<?> agencyForm(@PathVariable Long agencyId, @PathVariable String form,
            @RequestParam(required = false) Integer year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        FormSheet sheet = reports.agencyForm(CurrentActor.get(), agencyId, form, year);
        return ReportApi.answer(xlsx, sheet, "bieu-" + form + "-" + year + "-" + agencyId + ".xlsx", accept);
    }
}
