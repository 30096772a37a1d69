package vn.boiduong.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.delivery.AttendanceGrid;
import vn.boiduong.delivery.AttendanceService;
import vn.boiduong.delivery.Certificate;
import vn.boiduong.delivery.CertificateService;
import vn.boiduong.delivery.CertificateView;
import vn.boiduong.delivery.EnrolmentView;
import vn.boiduong.delivery.ResultService;

/** B5's attendance, results and certificates of a class over the API (api.md). */
@RestController
@RequestMapping("/api/v1/classes/{id}")
class ResultsApi {

    record Revocation(String decisionNumber, String reason) {
    }

    private final AttendanceService attendance;
    private final ResultService results;
    private final CertificateService certificates;
    private final tools.jackson.databind.ObjectMapper mapper;

    ResultsApi(AttendanceService attendance, ResultService results, CertificateService certificates,
            tools.jackson.databind.ObjectMapper mapper) {
        this.mapper = mapper;
        this.attendance = attendance;
        this.results = results;
        this.certificates = certificates;
    }

    @Operation(summary = "Bảng điểm danh của lớp: các buổi học × học viên đã ghi danh, điểm danh từng buổi, tỷ lệ "
            + "buổi có mặt và số giờ đã học của từng người (trưởng phòng: học viên của phòng mình)")
    @GetMapping("/attendance")
    AttendanceGrid grid(@PathVariable Long id) {
        return attendance.grid(CurrentActor.get(), id);
    }

    @Operation(summary = "Điểm danh một buổi học (Văn phòng): [{staffId, presence: PRESENT|EXCUSED|ABSENT}]; "
            + "một dòng sai thì không lưu gì; sửa sau ngày học được ghi nhật ký")
    @PutMapping("/sessions/{sessionId}/attendance")
    AttendanceGrid mark(@PathVariable Long id, @PathVariable Long sessionId,
            @RequestBody(required = false) tools.jackson.databind.JsonNode body,
            jakarta.servlet.http.HttpServletRequest request) {
        attendance.checkMayMark(CurrentActor.get(), id);
        List<AttendanceService.Mark> marks = Bodies.read(mapper, body,
                new tools.jackson.core.type.TypeReference<List<AttendanceService.Mark>>() { }, request);
        return attendance.mark(CurrentActor.get(), id, sessionId, marks);
    }

    @Operation(summary = "Nhập kết quả lớp đã kết thúc (Văn phòng): [{staffId, outcome: COMPLETED|NOT_COMPLETED, "
            + "score?, certificateNumber?, certificateDate?}]; điểm 0–10 một chữ số thập phân; dưới mức dự học tối "
            + "thiểu không được hoàn thành; một dòng sai thì không lưu gì; lớp do cơ quan tổ chức: cấp giấy chứng nhận")
    @PostMapping("/results")
    List<EnrolmentView> record(@PathVariable Long id, @RequestBody(required = false) tools.jackson.databind.JsonNode body,
            jakarta.servlet.http.HttpServletRequest request) {
        results.checkMayRecord(CurrentActor.get(), id);
        List<ResultService.Row> rows = Bodies.read(mapper, body,
                new tools.jackson.core.type.TypeReference<List<ResultService.Row>>() { }, request);
        return results.record(CurrentActor.get(), id, rows);
    }

    @Operation(summary = "Các giấy chứng nhận của lớp (số, ngày cấp, hiệu lực, tình trạng, SHA-256 của bản PDF đã cấp)")
    @GetMapping("/certificates")
    List<CertificateView> certificates(@PathVariable Long id) {
        return certificates.ofClass(CurrentActor.get(), id);
    }

    @Operation(summary = "Bản PDF giấy chứng nhận đúng như đã cấp (Văn phòng, hoặc chính học viên)")
    @GetMapping(value = "/certificates/{staffId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable Long staffId) {
        Certificate c = certificates.issuedPdf(CurrentActor.get(), id, staffId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("giay-chung-nhan-" + c.getNumber().replaceAll("[^0-9A-Za-z-]+", "-") + ".pdf")
                        .build().toString())
                .header("X-Content-SHA256", c.getPdfSha256())
                .body(c.getPdf());
    }

    @Operation(summary = "Ghi giấy chứng nhận của cơ sở đào tạo cho người được cử đi học (Văn phòng; lớp cử đi học "
            + "đã kết thúc): multipart certificateNumber, certificateDate (yyyy-MM-dd hoặc dd/MM/yyyy), scan (PDF, "
            + "JPEG, PNG; cùng các kiểm tra như tệp minh chứng). Người chưa có kết quả được ghi hoàn thành.")
    @PostMapping("/certificates/{staffId}/external")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    CertificateView external(@PathVariable Long id, @PathVariable Long staffId,
            @RequestParam(required = false) String certificateNumber,
            @RequestParam(required = false) String certificateDate,
            @RequestParam(name = "scan", required = false) org.springframework.web.multipart.MultipartFile scan) {
        return results.recordExternalCertificate(CurrentActor.get(), id, staffId, certificateNumber,
                ExternalCertificates.date(certificateDate), ExternalCertificates.upload(scan));
    }

    @Operation(summary = "Bản chụp giấy chứng nhận của cơ sở đào tạo, nguyên vẹn (Văn phòng, hoặc chính học viên)")
    @GetMapping("/certificates/{staffId}/scan")
    ResponseEntity<byte[]> scan(@PathVariable Long id, @PathVariable Long staffId) {
        return ExternalCertificates.download(results.externalScan(CurrentActor.get(), id, staffId));
    }

    @Operation(summary = "Thu hồi giấy chứng nhận (Chánh Văn phòng) theo quyết định, có lý do; không xóa")
    @PostMapping("/certificates/{staffId}/revoke")
    CertificateView revoke(@PathVariable Long id, @PathVariable Long staffId,
            @RequestBody(required = false) Revocation body) {
        Revocation r = body == null ? new Revocation(null, null) : body;
        return certificates.revoke(CurrentActor.get(), id, staffId, r.decisionNumber(), r.reason());
    }
}
