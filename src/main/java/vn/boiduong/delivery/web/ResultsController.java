package vn.boiduong.delivery.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.delivery.AttendanceService;
import vn.boiduong.delivery.Certificate;
import vn.boiduong.delivery.CertificateService;
import vn.boiduong.delivery.Outcome;
import vn.boiduong.delivery.Presence;
import vn.boiduong.delivery.ResultService;

/**
 * The forms of the attendance and results sections of the class's page: a learner's attendance row
 * (one form per row, so a refused row leaves the rest of the grid as it was), the results table,
 * a certificate's PDF and its revocation.
 */
@Controller
class ResultsController {

    private final AttendanceService attendance;
    private final ResultService results;
    private final CertificateService certificates;

    ResultsController(AttendanceService attendance, ResultService results, CertificateService certificates) {
        this.attendance = attendance;
        this.results = results;
        this.certificates = certificates;
    }

    /** A learner's row of the grid: fields {@code s<sessionId>} = PRESENT | EXCUSED | ABSENT (blank: unchanged). */
    @PostMapping("/classes/{id}/attendance/{staffId}")
    String markRow(@PathVariable Long id, @PathVariable Long staffId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return act(id, redirect, "results.attendance.saved", () -> {
            Map<Long, Presence> marks = new LinkedHashMap<>();
            form.forEach((k, v) -> {
                if (k.matches("s\\d{1,18}") && v != null && !v.isBlank()) {
                    try {
                        marks.put(Long.valueOf(k.substring(1)), Presence.valueOf(v.strip()));
                    } catch (IllegalArgumentException e) {
                        throw InvalidInputException.of("presence", "Điểm danh không hợp lệ.");
                    }
                }
            });
            attendance.markLearner(CurrentActor.get(), id, staffId, marks);
        }, "#attendance-row-" + staffId);
    }

    /** The results table: per learner {@code outcome_<id>}, {@code score_<id>} (8,5 or 8.5), {@code number_<id>}. */
    @PostMapping("/classes/{id}/results")
    String record(@PathVariable Long id, @RequestParam(required = false) List<Long> staffIds,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, redirect, "results.saved", () -> {
            List<ResultService.Row> rows = new ArrayList<>();
            List<InvalidInputException.FieldError> errors = new ArrayList<>();
            for (Long sid : staffIds == null ? List.<Long>of() : staffIds) {
                String outcome = form.get("outcome_" + sid);
                if (outcome == null || outcome.isBlank()) {
                    continue;
                }
                BigDecimal score = null;
                String s = form.get("score_" + sid);
                if (s != null && !s.isBlank()) {
                    try {
                        score = new BigDecimal(s.strip().replace(',', '.'));
                    } catch (NumberFormatException e) {
                        errors.add(new InvalidInputException.FieldError("score", "Điểm «" + s.strip()
                                + "» không phải là số (ví dụ 8,5)."));
                    }
                }
                Outcome o;
                try {
                    o = Outcome.valueOf(outcome.strip());
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("outcome", "Kết quả không hợp lệ.");
                }
                rows.add(new ResultService.Row(sid, o, score, form.get("number_" + sid), null));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException("Kết quả chưa hợp lệ, chưa lưu gì.", errors);
            }
            results.record(CurrentActor.get(), id, rows);
        }, "#results");
    }

    @GetMapping("/classes/{id}/certificates/{staffId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable Long staffId) {
        Certificate c = certificates.issuedPdf(CurrentActor.get(), id, staffId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("giay-chung-nhan-" + c.getNumber().replaceAll("[^0-9A-Za-z-]+", "-") + ".pdf")
                        .build().toString())
                .body(c.getPdf());
    }

    /** The institution's certificate of a person sent to an external course: number, date, scan (multipart). */
    @PostMapping(value = "/classes/{id}/certificates/{staffId}/external")
    String external(@PathVariable Long id, @PathVariable Long staffId,
            @RequestParam(required = false) String certificateNumber,
            @RequestParam(required = false) String certificateDate,
            @RequestParam(name = "scan", required = false) org.springframework.web.multipart.MultipartFile scan,
            RedirectAttributes redirect) {
        return act(id, redirect, "results.external.saved", () -> results.recordExternalCertificate(CurrentActor.get(),
                id, staffId, certificateNumber, ExternalCertificates.date(certificateDate),
                ExternalCertificates.upload(scan)), "#external-certificates");
    }

    @GetMapping("/classes/{id}/certificates/{staffId}/scan")
    ResponseEntity<byte[]> scan(@PathVariable Long id, @PathVariable Long staffId) {
        return ExternalCertificates.download(results.externalScan(CurrentActor.get(), id, staffId));
    }

    @PostMapping("/classes/{id}/certificates/{staffId}/revoke")
    String revoke(@PathVariable Long id, @PathVariable Long staffId,
            @RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "results.certificate.revoked", () -> certificates.revoke(CurrentActor.get(), id,
                staffId, decisionNumber, reason), "#certificates");
    }

    private String act(Long id, RedirectAttributes redirect, String savedKey, Runnable action, String anchor) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", savedKey);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.errors().isEmpty() ? e.getMessage()
                    : e.errors().stream().map(InvalidInputException.FieldError::message)
                            .reduce((a, b) -> a + " " + b).orElse(e.getMessage()));
        } catch (IllegalTransitionException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "Lớp vừa được người khác thay đổi. Hãy xem lại.");
        }
        return "redirect:/classes/" + id + anchor;
    }
}
