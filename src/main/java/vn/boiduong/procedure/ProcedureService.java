package vn.boiduong.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.procedure.internal.ProcedureDocumentRepository;
import vn.boiduong.procedure.internal.ProcedureRecordRepository;
import vn.boiduong.procedure.internal.ProcedureRevisionRepository;
import vn.boiduong.procedure.internal.ProcedureStepRepository;

/**
 * The procedure the application enforces: everyone reads it, the administrator edits its metadata
 * and offsets and appends revisions. Later steps (the plan) ask it for their due dates.
 */
@Service
@Transactional(readOnly = true)
public class ProcedureService {

    /** The audit trail's type for every write here. */
    public static final String AUDIT_TYPE = "procedure";

    private final ProcedureDocumentRepository documents;
    private final ProcedureStepRepository steps;
    private final ProcedureRecordRepository records;
    private final ProcedureRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcedureService(ProcedureDocumentRepository documents, ProcedureStepRepository steps,
            ProcedureRecordRepository records, ProcedureRevisionRepository revisions,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.steps = steps;
        this.records = records;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    public static boolean canEdit(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    public static void requireEditor(Actor actor) {
        actor.require(Role.ADMIN);
    }

    /** The procedure document in force. */
    public ProcedureDocument current() {
        return documents.findFirstByOrderByIdAsc().orElseThrow(() -> new NotFoundException("quy trình"));
    }

    /** B1–B7 in order. */
    public List<ProcedureStep> steps() {
        return steps.findByDocumentIdOrderBySequenceAsc(current().getId());
    }

    /** Section 7: the records kept. */
    public List<ProcedureRecord> records() {
        return records.findByDocumentIdOrderBySequenceAsc(current().getId());
    }

    /** The revision table, oldest first, as on paper. */
    public List<ProcedureRevision> revisions() {
        return revisions.findByDocumentIdOrderByRevisionDateAscIdAsc(current().getId());
    }

    /** The plan's internal due dates from the province's registration due date and the current offsets. */
    public DueDates dueDates(LocalDate registrationDueDate) {
        // a day near LocalDate's limits made the subtraction of the offsets throw (a 500)
        if (!vn.boiduong.common.Days.sensible(registrationDueDate)) {
            throw vn.boiduong.common.InvalidInputException.of("registrationDueDate", vn.boiduong.common.Days.RANGE_TEXT);
        }
        return current().dueDates(registrationDueDate);
    }

    @Transactional
    public ProcedureDocument update(Actor actor, Long expectedVersion, ProcedureDocumentData data) {
        requireEditor(actor);
        ProcedureDocument d = current();
        if (expectedVersion != null && expectedVersion != d.getVersion()) {
            throw new IllegalTransitionException(
                    "Quy trình đã được người khác sửa trong lúc bạn đang sửa. Hãy tải lại trang và nhập lại.");
        }
        String changes = d.revise(data);
        documents.flush();
        events.publishEvent(AuditEvent.of("UPDATE", AUDIT_TYPE, d.getId(), "Sửa thông tin quy trình " + d.getCode()
                + ": " + changes));
        return d;
    }

    @Transactional
    public ProcedureRevision addRevision(Actor actor, ProcedureRevisionData data) {
        requireEditor(actor);
        data.check();
        ProcedureDocument d = current();
        ProcedureRevision r = revisions.save(new ProcedureRevision(d.getId(), data, actor.username(),
                LocalDateTime.now(clock)));
        events.publishEvent(AuditEvent.of("ADD_REVISION", AUDIT_TYPE, d.getId(), "Thêm sửa đổi quy trình "
                + d.getCode() + " (lần " + r.getIssueLabel() + ", " + r.getSection() + "): " + r.getRequest()));
        return r;
    }
}
