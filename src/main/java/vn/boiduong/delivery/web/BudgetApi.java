package vn.boiduong.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.delivery.BudgetRules;
import vn.boiduong.delivery.BudgetService;
import vn.boiduong.delivery.InstitutionService;
import vn.boiduong.delivery.SendDecisionService;
import vn.boiduong.delivery.internal.AnnouncementDocument;
import vn.boiduong.delivery.internal.BudgetStore;
import vn.boiduong.delivery.internal.SendDecisionDocument;
import vn.boiduong.documents.DocxRenderer;
import vn.boiduong.documents.PdfRenderer;

/**
 * B5's money and its documents over the API: a plan's allocation and announcement (Thông báo), a
 * class's spending, the training institutions, and the decision sending people to an external course.
 */
@RestController
class BudgetApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    record AllocationRequest(List<BudgetRules.Line> lines, String reason) {
    }

    record NumberAndDate(String number, LocalDate date) {
    }

    record InstitutionChoice(Long institutionId) {
    }

    private final BudgetService budget;
    private final InstitutionService institutions;
    private final SendDecisionService decisions;
    private final AnnouncementDocument announcement;
    private final SendDecisionDocument decision;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    BudgetApi(BudgetService budget, InstitutionService institutions, SendDecisionService decisions,
            AnnouncementDocument announcement, SendDecisionDocument decision, DocxRenderer docx, PdfRenderer pdf) {
        this.budget = budget;
        this.institutions = institutions;
        this.decisions = decisions;
        this.announcement = announcement;
        this.decision = decision;
        this.docx = docx;
        this.pdf = pdf;
    }

    @Operation(summary = "Phân bổ kinh phí của kế hoạch đã phê duyệt theo lớp và phòng, đơn vị (Văn phòng, Giám đốc); "
            + "chưa lưu thì là đề xuất theo nhu cầu của các phòng")
    @GetMapping("/api/v1/plans/{id}/allocation")
    BudgetService.AllocationView allocation(@PathVariable Long id) {
        return budget.allocation(CurrentActor.get(), id);
    }

    @Operation(summary = "Lưu phân bổ kinh phí (Văn phòng): lines = [{classId, unitId, amount}]; sau khi có thông báo "
            + "chỉ Chánh Văn phòng điều chỉnh, kèm lý do (reason)")
    @PutMapping("/api/v1/plans/{id}/allocation")
    BudgetService.AllocationView allocate(@PathVariable Long id, @RequestBody(required = false) AllocationRequest body) {
        AllocationRequest b = present(body);
        return budget.allocate(CurrentActor.get(), id, b.lines(), b.reason());
    }

    @Operation(summary = "Ban hành Thông báo triển khai kế hoạch và phân bổ kinh phí (Chánh Văn phòng): {number, date}; "
            + "số …/TB-… không trùng trong năm")
    @PostMapping("/api/v1/plans/{id}/announcement")
    @ResponseStatus(HttpStatus.CREATED)
    BudgetService.AllocationView announce(@PathVariable Long id, @RequestBody(required = false) NumberAndDate body) {
        NumberAndDate b = present(body);
        return budget.announce(CurrentActor.get(), id, b.number(), b.date());
    }

    @Operation(summary = "Thông báo triển khai kế hoạch và phân bổ kinh phí, tệp Word theo thể thức Nghị định 30")
    @GetMapping("/api/v1/plans/{id}/announcement.docx")
    ResponseEntity<byte[]> announcementDocx(@PathVariable Long id) {
        var d = budget.announcementData(CurrentActor.get(), id);
        return file(docx.render(announcement.of(d)), DOCX, "thong-bao-ke-hoach-" + d.allocation().year() + ".docx");
    }

    @Operation(summary = "Thông báo triển khai kế hoạch và phân bổ kinh phí, tệp PDF")
    @GetMapping("/api/v1/plans/{id}/announcement.pdf")
    ResponseEntity<byte[]> announcementPdf(@PathVariable Long id) {
        var d = budget.announcementData(CurrentActor.get(), id);
        return file(pdf.render(announcement.of(d)), MediaType.APPLICATION_PDF_VALUE,
                "thong-bao-ke-hoach-" + d.allocation().year() + ".pdf");
    }

    @Operation(summary = "Kinh phí của lớp: được phân bổ, đã chi, còn lại (theo lớp và đơn vị), các khoản chi và thù lao "
            + "giảng viên theo định mức (Văn phòng, Giám đốc)")
    @GetMapping("/api/v1/classes/{id}/spending")
    BudgetService.ClassBudget spending(@PathVariable Long id) {
        return budget.classBudget(CurrentActor.get(), id);
    }

    @Operation(summary = "Ghi một khoản chi của lớp (Văn phòng): line (nội dung chi theo Thông tư 36/2018/TT-BTC), "
            + "amount, date, voucher, note, unitId; 409 khi vượt kinh phí được phân bổ")
    @PostMapping("/api/v1/classes/{id}/spending")
    @ResponseStatus(HttpStatus.CREATED)
    BudgetService.SpendingView spend(@PathVariable Long id, @RequestBody(required = false) BudgetService.SpendingData body) {
        return budget.spend(CurrentActor.get(), id, present(body));
    }

    @Operation(summary = "Các nội dung chi theo Thông tư 36/2018/TT-BTC (danh mục)")
    @GetMapping("/api/v1/spending-lines")
    List<BudgetStore.SpendingLine> spendingLines() {
        return budget.spendingLines();
    }

    @Operation(summary = "Các cơ sở đào tạo của cơ quan (Văn phòng, Giám đốc)")
    @GetMapping("/api/v1/institutions")
    List<InstitutionService.InstitutionView> institutions() {
        return institutions.list(CurrentActor.get());
    }

    @Operation(summary = "Thêm cơ sở đào tạo (Văn phòng): name, address, contact, email")
    @PostMapping("/api/v1/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    InstitutionService.InstitutionView addInstitution(@RequestBody(required = false) InstitutionService.InstitutionData body) {
        return institutions.create(CurrentActor.get(), present(body));
    }

    @Operation(summary = "Sửa cơ sở đào tạo (Văn phòng)")
    @PutMapping("/api/v1/institutions/{id}")
    InstitutionService.InstitutionView updateInstitution(@PathVariable Long id,
            @RequestBody(required = false) InstitutionService.InstitutionData body) {
        return institutions.update(CurrentActor.get(), id, present(body));
    }

    @Operation(summary = "Chọn cơ sở đào tạo của lớp (Văn phòng); institutionId null để bỏ")
    @PutMapping("/api/v1/classes/{id}/institution")
    ResponseEntity<InstitutionService.InstitutionView> chooseInstitution(@PathVariable Long id,
            @RequestBody(required = false) InstitutionChoice body) {
        return institutions.choose(CurrentActor.get(), id, present(body).institutionId()).map(ResponseEntity::ok)
                .orElse(ResponseEntity.noContent().build());
    }

    @Operation(summary = "Ghi số và ngày Quyết định cử đi học của khóa cử đi học (Chánh Văn phòng)")
    @PostMapping("/api/v1/classes/{id}/decision")
    SendDecisionService.DecisionView recordDecision(@PathVariable Long id, @RequestBody(required = false) NumberAndDate body) {
        NumberAndDate b = present(body);
        return decisions.record(CurrentActor.get(), id, b.number(), b.date());
    }

    @Operation(summary = "Quyết định cử đi học (khóa cử đi học), tệp Word theo thể thức Nghị định 30")
    @GetMapping("/api/v1/classes/{id}/decision.docx")
    ResponseEntity<byte[]> decisionDocx(@PathVariable Long id) {
        var d = decisions.data(CurrentActor.get(), id);
        return file(docx.render(decision.of(d)), DOCX, "quyet-dinh-cu-di-hoc-" + id + ".docx");
    }

    @Operation(summary = "Quyết định cử đi học (khóa cử đi học), tệp PDF")
    @GetMapping("/api/v1/classes/{id}/decision.pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable Long id) {
        var d = decisions.data(CurrentActor.get(), id);
        return file(pdf.render(decision.of(d)), MediaType.APPLICATION_PDF_VALUE, "quyet-dinh-cu-di-hoc-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private static <T> T present(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Thiếu dữ liệu gửi lên.");
        }
        return body;
    }
}
