package vn.boiduong.planning.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.documents.DocxRenderer;
import vn.boiduong.documents.FormSheet;
import vn.boiduong.documents.FormView;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.documents.PdfRenderer;
import vn.boiduong.documents.XlsxFormRenderer;
import vn.boiduong.planning.PlanPolicy;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.planning.internal.PlanDecision;
import vn.boiduong.planning.internal.PlanForms;

/** The approval decision (DOCX, PDF) and the plan's forms 2a, 2b, 2c (XLSX or JSON by Accept). */
@RestController
class PlanDocumentsApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PlanService plans;
    private final PlanDecision decision;
    private final PlanForms forms;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;
    private final XlsxFormRenderer xlsx;
    private final PlanPolicy policy;

    PlanDocumentsApi(PlanService plans, PlanDecision decision, PlanForms forms, DocxRenderer docx, PdfRenderer pdf,
            XlsxFormRenderer xlsx, PlanPolicy policy) {
        this.policy = policy;
        this.plans = plans;
        this.decision = decision;
        this.forms = forms;
        this.docx = docx;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @GetMapping("/api/v1/plans/{id}/decision.docx")
    ResponseEntity<byte[]> decisionDocx(@PathVariable Long id) {
        TrainingPlan p = readable(id);
        return file(docx.render(document(p)), DOCX, "quyet-dinh-ke-hoach-" + p.getYear() + ".docx");
    }

    @GetMapping("/api/v1/plans/{id}/decision.pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable Long id) {
        TrainingPlan p = readable(id);
        return file(pdf.render(document(p)), MediaType.APPLICATION_PDF_VALUE,
                "quyet-dinh-ke-hoach-" + p.getYear() + ".pdf");
    }

    @GetMapping(value = "/api/v1/reports/{form:2[abc]}", produces = XLSX)
    ResponseEntity<byte[]> formXlsx(@PathVariable String form, @RequestParam(required = false) Integer year) {
        FormSheet sheet = sheet(form, year);
        return file(xlsx.render(sheet), XLSX, "bieu-" + form + "-" + year + ".xlsx");
    }

    @GetMapping(value = "/api/v1/reports/{form:2[abc]}", produces = MediaType.APPLICATION_JSON_VALUE)
    FormView formJson(@PathVariable String form, @RequestParam(required = false) Integer year) {
        return sheet(form, year).view();
    }

    private FormSheet sheet(String form, Integer year) {
        Actor actor = CurrentActor.get();
        policy.readDocuments(actor).orThrow();
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "Năm phải từ 2000 đến 2100.");
        }
        TrainingPlan p = plans.approvedPlan(actor, year);
        var agency = plans.agencyOf(p);
        return forms.form(form, p, agency, plans.needsOf(p));
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
