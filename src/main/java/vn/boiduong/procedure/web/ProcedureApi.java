package vn.boiduong.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.procedure.DueDates;
import vn.boiduong.procedure.ProcedureDocument;
import vn.boiduong.procedure.ProcedureProgress;
import vn.boiduong.procedure.ProcedureRecord;
import vn.boiduong.procedure.ProcedureRevision;
import vn.boiduong.procedure.ProcedureService;
import vn.boiduong.procedure.ProcedureStep;
import vn.boiduong.procedure.YearProgress;

/** The procedure as JSON, for every signed-in caller: the document, its steps, records, revisions, offsets. */
@RestController
@RequestMapping("/api/v1/procedure")
class ProcedureApi {

    record Person(String name, String title) {
    }

    record Document(Long id, String code, String title, String issueNumber, LocalDate issueDate,
            String issuingDecision, Person draftedBy, Person reviewedBy, Person approvedBy, long version) {
        static Document of(ProcedureDocument d) {
            return new Document(d.getId(), d.getCode(), d.getTitle(), d.getIssueNumber(), d.getIssueDate(),
                    d.getIssuingDecision(), new Person(d.getDraftedByName(), d.getDraftedByTitle()),
                    new Person(d.getReviewedByName(), d.getReviewedByTitle()),
                    new Person(d.getApprovedByName(), d.getApprovedByTitle()), d.getVersion());
        }
    }

    record Step(String code, int sequence, String name, String responsibleCode, String responsibleLabel,
            String actingRole, String deadline, String output, String section, String description) {
        static Step of(ProcedureStep s) {
            return new Step(s.getCode(), s.getSequence(), s.getName(), s.getResponsibleCode(), s.getResponsibleLabel(),
                    s.getActingRole().name(), s.getDeadline(), s.getOutput(), s.getSection(), s.getDescription());
        }
    }

    record KeptRecord(int sequence, String name, String location, String retention, String filingMethod,
            String disposalMethod) {
        static KeptRecord of(ProcedureRecord r) {
            return new KeptRecord(r.getSequence(), r.getName(), r.getLocation(), r.getRetention(), r.getFilingMethod(),
                    r.getDisposalMethod());
        }
    }

    record Revision(Long id, String request, String section, String description, String issueLabel,
            LocalDate revisionDate, String createdBy) {
        static Revision of(ProcedureRevision r) {
            return new Revision(r.getId(), r.getRequest(), r.getSection(), r.getDescription(), r.getIssueLabel(),
                    r.getRevisionDate(), r.getCreatedBy());
        }
    }

    record Offsets(int registerOffsetDays, int approveOffsetDays) {
    }

    record Procedure(Document document, List<Step> steps, List<KeptRecord> records, List<Revision> revisions,
            Offsets offsets) {
    }

    record StepLine(String code, String name, String status, String detail, boolean current) {
    }

    /** @param registerMissed / approveMissed the due date has passed with its step not done */
    record Progress(int year, String currentStep, List<StepLine> steps, DueDates dueDates, boolean registerMissed,
            boolean approveMissed) {
    }

    private final ProcedureService procedure;
    private final ProcedureProgress progress;
    private final Clock clock;

    ProcedureApi(ProcedureService procedure, ProcedureProgress progress, Clock clock) {
        this.procedure = procedure;
        this.progress = progress;
        this.clock = clock;
    }

    @Operation(summary = "Quy trình QT.VP.05 như văn bản được kiểm soát: các bước, hồ sơ lưu, các lần sửa đổi")
    @GetMapping
    Procedure get() {
        CurrentActor.get();
        ProcedureDocument d = procedure.current();
        return new Procedure(Document.of(d), procedure.steps().stream().map(Step::of).toList(),
                procedure.records().stream().map(KeptRecord::of).toList(),
                procedure.revisions().stream().map(Revision::of).toList(),
                new Offsets(d.getRegisterOffsetDays(), d.getApproveOffsetDays()));
    }

    /** The plan's due dates (B3, B4) derived from the province's registration due date (yyyy-MM-dd). */
    @Operation(summary = "Các hạn của bước B3, B4 tính từ hạn đăng ký kế hoạch")
    @GetMapping("/due-dates")
    DueDates dueDates(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registrationDueDate) {
        CurrentActor.get();
        return procedure.dueDates(registrationDueDate);
    }

    /** Where a year stands for the caller's agency (default: the current year). */
    @Operation(summary = "Tiến độ các bước của một năm (mặc định năm nay)")
    @GetMapping("/progress")
    Progress progress(@RequestParam(required = false) Integer year) {
        Long agencyId = CurrentActor.get().agencyId();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw InvalidInputException.of("year", "Năm phải trong khoảng 2000–2100.");
        }
        YearProgress yp = progress.of(agencyId, y);
        LocalDate today = LocalDate.now(clock);
        return new Progress(yp.year(), yp.current() == null ? null : yp.current().getCode(),
                yp.steps().stream().map(l -> new StepLine(l.step().getCode(), l.step().getName(),
                        l.state().status().name(), l.state().detail(), l.current())).toList(),
                yp.dueDates(), yp.registerMissed(today), yp.approveMissed(today));
    }
}
