package vn.boiduong.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
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
import vn.boiduong.reporting.PlanReports;

/**
 * The plan's forms 2a, 2b, 2c: the XLSX, or with {@code Accept: application/json} the same rows as
 * JSON. The XLSX is the default: the /reports page links here, and a link clicked in a browser
 * asks for {@code text/html} or {@code *}{@code /*}, which must download the file, not show JSON.
 */
@RestController
@Tag(name = "Báo cáo", description = "Các biểu 1a, 1b (kết quả năm) và 2a, 2b, 2c (kế hoạch đã phê duyệt); XLSX hoặc JSON theo Accept")
class ReportApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);

    private final PlanReports reports;
    private final XlsxFormRenderer xlsx;

    ReportApi(PlanReports reports, XlsxFormRenderer xlsx) {
        this.reports = reports;
        this.xlsx = xlsx;
    }

    // one handler that negotiates itself: with a "produces" per representation Spring answers a
    // browser's text/html with 406 and a bare */* with whichever mapping it happens to prefer
    @GetMapping("/api/v1/reports/{form:2[abc]}")
    @Operation(summary = "Biểu của kế hoạch đã phê duyệt năm year: tệp XLSX (mặc định, cả khi trình duyệt mở liên kết), "
            + "hoặc các dòng của biểu với Accept: application/json (Văn phòng, Giám đốc)")
    @ApiResponse(responseCode = "200", description = "Biểu", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FormView.class))})
    ResponseEntity<?> form(@PathVariable String form, @RequestParam(required = false) Integer year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        FormSheet sheet = reports.planForm(CurrentActor.get(), form, year);
        return answer(xlsx, sheet, "bieu-" + form + "-" + year + ".xlsx", accept);
    }

    @GetMapping("/api/v1/reports/{form:1[ab]}")
    @Operation(summary = "Biểu kết quả đào tạo, bồi dưỡng năm year (1a: cán bộ, công chức; 1b: viên chức): kết quả "
            + "hoàn thành của các lớp kết thúc trong năm và kinh phí đã chi; XLSX (mặc định) hoặc JSON (Văn phòng, Giám đốc)")
    @ApiResponse(responseCode = "200", description = "Biểu", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FormView.class))})
    ResponseEntity<?> resultForm(@PathVariable String form, @RequestParam(required = false) Integer year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        FormSheet sheet = reports.resultForm(CurrentActor.get(), form, year);
        return answer(xlsx, sheet, "bieu-" + form + "-" + year + ".xlsx", accept);
    }

    /** The form as the caller asked for it: its rows as JSON, else the XLSX as an attachment. */
    static ResponseEntity<?> answer(XlsxFormRenderer xlsx, FormSheet sheet, String fileName, String accept) {
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(sheet.view());
        }
        return ResponseEntity.ok().contentType(XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(xlsx.render(sheet));
    }

    /**
     * JSON only when the caller prefers it to the file: among the accepted types, by quality, a JSON
     * type comes before any type that admits the XLSX ({@code *}{@code /*}, {@code application/*}, the
     * XLSX itself). Anything else (text/html, no Accept, an unreadable header) gets the file.
     */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        // stable: types of equal quality keep the order the caller wrote them in
        types.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
        for (MediaType t : types) {
            if (t.getQualityValue() == 0) {
                continue;
            }
            if (t.includes(XLSX_TYPE)) {
                return false;
            }
            if (!t.isWildcardSubtype() && t.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return true;
            }
        }
        return false;
    }
}
