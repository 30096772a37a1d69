package vn.boiduong.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;

/**
 * The disposal of a record set "theo quy định" (QT.VP.05 section 7): the Office proposes it with a
 * reason and the appraisal council's members, the Office chief records the council's opinion, the
 * Director — never the proposer — approves (decision number and date) or rejects. The row is kept
 * forever: what was erased, why, by whom, on which decision.
 */
public class Disposal {

    private final Long id;
    private final Long recordSetId;
    private DisposalStatus status;
    private final String reason;
    private final String proposedBy;
    private final LocalDateTime proposedAt;
    private final String councilMembers;
    private String councilOpinion;
    private LocalDateTime opinionAt;
    private String opinionBy;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String rejectionReason;
    private String documentsList;
    private Integer filesErased;
    private final List<Object> events = new ArrayList<>();

    public Disposal(Long id, Long recordSetId, DisposalStatus status, String reason, String proposedBy,
            LocalDateTime proposedAt, String councilMembers, String councilOpinion, LocalDateTime opinionAt,
            String opinionBy, String decisionNumber, LocalDate decisionDate, String decidedBy, LocalDateTime decidedAt,
            String rejectionReason, String documentsList, Integer filesErased) {
        this.id = id;
        this.recordSetId = recordSetId;
        this.status = status;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.councilMembers = councilMembers;
        this.councilOpinion = councilOpinion;
        this.opinionAt = opinionAt;
        this.opinionBy = opinionBy;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.rejectionReason = rejectionReason;
        this.documentsList = documentsList;
        this.filesErased = filesErased;
    }

    /** A new proposal of a closed set whose retention has ended (the policy checks it). */
    public static Disposal propose(ArchivePolicy policy, Actor actor, RecordSet set, java.time.LocalDate retentionEnds,
            boolean openProposal, String reason, String councilMembers, LocalDateTime now) {
        policy.proposeDisposal(actor, set, retentionEnds, openProposal, now.toLocalDate()).orThrowUnlessWrongState();
        String r = text("reason", reason, 2000, "Cần ghi lý do đề nghị hủy.");
        String members = text("councilMembers", councilMembers, 1000,
                "Cần ghi tên các thành viên Hội đồng xác định giá trị tài liệu.");
        policy.proposeDisposal(actor, set, retentionEnds, openProposal, now.toLocalDate()).orThrow();
        return new Disposal(null, set.id(), DisposalStatus.PROPOSED, r, actor.username(), now, members, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** PROPOSED → APPRAISED: the council's opinion. */
    public void appraise(ArchivePolicy policy, Actor actor, RecordSet set, String opinion, LocalDateTime now) {
        policy.appraise(actor, set, status).orThrowUnlessWrongState();
        String o = text("opinion", opinion, 2000, "Cần ghi ý kiến của Hội đồng.");
        policy.appraise(actor, set, status).orThrow();
        councilOpinion = o;
        opinionAt = now;
        opinionBy = actor.username();
        status = DisposalStatus.APPRAISED;
    }

    /**
     * APPRAISED → APPROVED: the Director's decision; the set becomes DISPOSED and {@code documents}
     * (what is erased) is kept on this row.
     */
    public void approve(ArchivePolicy policy, Actor actor, RecordSet set, String number, LocalDate date,
            String documents, int erased, LocalDateTime now) {
        policy.decide(actor, set, status, proposedBy).orThrowUnlessWrongState();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String n = number == null ? "" : number.strip();
        if (n.isEmpty() || n.length() > 60) {
            errors.add(new InvalidInputException.FieldError("decisionNumber",
                    n.isEmpty() ? "Cần ghi số quyết định hủy." : "Số quyết định dài quá 60 ký tự."));
        }
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("decisionDate", "Cần ghi ngày quyết định hủy."));
        } else if (date.isAfter(now.toLocalDate()) || date.isBefore(proposedAt.toLocalDate())) {
            errors.add(new InvalidInputException.FieldError("decisionDate",
                    "Ngày quyết định phải từ ngày đề nghị hủy đến hôm nay."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Quyết định hủy chưa hợp lệ.", errors);
        }
        policy.decide(actor, set, status, proposedBy).orThrow();
        decisionNumber = n;
        decisionDate = date;
        decidedBy = actor.username();
        decidedAt = now;
        documentsList = documents;
        filesErased = erased;
        status = DisposalStatus.APPROVED;
        set.disposed();
        events.add(new ArchiveEvents.DisposalApproved(id, set.id(), set.agencyId(), set.title(), n, date, erased,
                actor.username()));
    }

    /** APPRAISED → REJECTED: the Director keeps the set (with a reason); it may be proposed again later. */
    public void reject(ArchivePolicy policy, Actor actor, RecordSet set, String reason, LocalDateTime now) {
        policy.decide(actor, set, status, proposedBy).orThrowUnlessWrongState();
        String r = text("reason", reason, 2000, "Cần ghi lý do không hủy.");
        policy.decide(actor, set, status, proposedBy).orThrow();
        rejectionReason = r;
        decidedBy = actor.username();
        decidedAt = now;
        status = DisposalStatus.REJECTED;
    }

    private static String text(String field, String value, int max, String missing) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw InvalidInputException.of(field, missing);
        }
        if (v.length() > max) {
            throw InvalidInputException.of(field, "Nội dung dài quá " + max + " ký tự.");
        }
        return v;
    }

    public List<Object> takeEvents() {
        List<Object> out = List.copyOf(events);
        events.clear();
        return out;
    }

    public Long id() { return id; }
    public Long recordSetId() { return recordSetId; }
    public DisposalStatus status() { return status; }
    public String reason() { return reason; }
    public String proposedBy() { return proposedBy; }
    public LocalDateTime proposedAt() { return proposedAt; }
    public String councilMembers() { return councilMembers; }
    public String councilOpinion() { return councilOpinion; }
    public LocalDateTime opinionAt() { return opinionAt; }
    public String opinionBy() { return opinionBy; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public String decidedBy() { return decidedBy; }
    public LocalDateTime decidedAt() { return decidedAt; }
    public String rejectionReason() { return rejectionReason; }
    public String documentsList() { return documentsList; }
    public Integer filesErased() { return filesErased; }
}
