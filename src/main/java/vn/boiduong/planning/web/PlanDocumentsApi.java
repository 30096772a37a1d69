package vn.boiduong.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.documents.DocxRenderer;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.documents.PdfRenderer;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.planning.internal.PlanDecision;

/** The approval decision (DOCX, PDF); the plan's forms 2a, 2b, 2c are the reporting module's. */
@RestController
class PlanDocumentsApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PlanService plans;
    private final PlanDecision decision;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    PlanDocumentsApi(PlanService plans, PlanDecision decision, DocxRenderer docx, PdfRenderer pdf) {
        this.plans = plans;
        this.decision = decision;
        this.docx = docx;
        this.pdf = pdf;
    }

    @Operation(summary = "Quyết định phê duyệt kế hoạch (B4), tệp Word theo thể thức Nghị định 30")
    @GetMapping("/api/v1/plans/{id}/decision.docx")
    ResponseEntity<byte[]> decisionDocx(@PathVariable Long id) {
        TrainingPlan p = readable(id);
        return file(docx.render(document(p)), DOCX, "quyet-dinh-ke-hoach-" + p.getYear() + ".docx");
    }

    @Operation(summary = "Quyết định phê duyệt kế hoạch (B4), tệp PDF")
    @GetMapping("/api/v1/plans/{id}/decision.pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable Long id) {
        TrainingPlan p = readable(id);
        return file(pdf.render(document(p)), MediaType.APPLICATION_PDF_VALUE,
                "quyet-dinh-ke-hoach-" + p.getYear() + ".pdf");
    }

    private TrainingPlan readable(Long id) {
        return plans.planForDocuments(CurrentActor.get(), id);
    }

    private OfficialDocument document(TrainingPlan p) {
        return decision.of(p, plans.agencyOf(p), plans.needsOf(p));
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
