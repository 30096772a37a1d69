package vn.boiduong.archive;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;

/**
 * Who may do what with the record sets of B7, and if not, why: the one place that says it. The
 * aggregates' transitions, the service, the API, the pages' buttons ({@link #allowed}) all ask it.
 * <p>QT.VP.05 section 7 keeps the record set at the Office: the Office (chief and specialists) files,
 * closes, exports and proposes a disposal; the Director reads and decides a disposal, never the one
 * who proposed it; the administrator keeps the retention schedule; unit heads and staff see nothing.
 * Asked in the order HTTP answers: the right (403), the agency (404), the state (409).
 */
@Component
public class ArchivePolicy {

    /** What the policy needs to know about a set. */
    public interface Subject {
        Long agencyId();

        RecordSetStatus status();
    }

    /** May read the archive at all: the Office and the Director of an agency. */
    public Verdict read(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && (actor.isOffice() || actor.has(Role.DIRECTOR)));
    }

    public Verdict read(Actor actor, Subject s) {
        return read(actor).and(() -> s.agencyId().equals(actor.agencyId()) ? Verdict.allowed()
                : Verdict.outOfScope("hồ sơ lưu"));
    }

    /** The Office's day-to-day acts (asked before a set is loaded). */
    public Verdict manage(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && actor.isOffice());
    }

    private Verdict manage(Actor actor, Subject s) {
        return manage(actor).and(() -> s.agencyId().equals(actor.agencyId()) ? Verdict.allowed()
                : Verdict.outOfScope("hồ sơ lưu"));
    }

    /** Open a set by hand, or add a scanned signed original to an open one. */
    public Verdict file(Actor actor, Subject s) {
        return manage(actor, s).and(() -> s.status() == RecordSetStatus.OPEN ? Verdict.allowed()
                : Verdict.wrongState("Hồ sơ " + s.status().label().toLowerCase() + ", không thể thêm tài liệu."));
    }

    /** Close (đóng hồ sơ): from then on read-only. */
    public Verdict close(Actor actor, Subject s) {
        return manage(actor, s).and(() -> s.status() == RecordSetStatus.OPEN ? Verdict.allowed()
                : Verdict.wrongState("Chỉ đóng được hồ sơ đang mở (hồ sơ này: " + s.status().label().toLowerCase() + ")."));
    }

    /** Export as a BagIt ZIP: any set with its files (a disposed one has none left). */
    public Verdict export(Actor actor, Subject s) {
        return manage(actor, s).and(() -> s.status() != RecordSetStatus.DISPOSED ? Verdict.allowed()
                : Verdict.wrongState("Hồ sơ đã hủy, không còn tài liệu để xuất."));
    }

    /**
     * Propose a disposal: a closed set whose retention has ended ({@code retentionEnds} null: permanent,
     * never), and no proposal of it still open.
     */
    public Verdict proposeDisposal(Actor actor, Subject s, LocalDate retentionEnds, boolean openProposal, LocalDate today) {
        return manage(actor, s).and(() -> {
            if (s.status() != RecordSetStatus.CLOSED) {
                return Verdict.wrongState("Chỉ đề nghị hủy được hồ sơ đã đóng (hồ sơ này: "
                        + s.status().label().toLowerCase() + ").");
            }
            if (retentionEnds == null) {
                return Verdict.wrongState("Hồ sơ bảo quản vĩnh viễn, không bao giờ được hủy.");
            }
            if (today.isBefore(retentionEnds)) {
                return Verdict.wrongState("Hồ sơ chưa hết thời hạn bảo quản (đến " + vn.boiduong.documents.VietnameseDates.shortDate(retentionEnds) + ").");
            }
            return openProposal ? Verdict.wrongState("Hồ sơ đã có đề nghị hủy đang chờ xử lý.") : Verdict.allowed();
        });
    }

    /** The right to record the council's opinion, asked before the set's state (403 before 409). */
    public Verdict mayAppraise(Actor actor) {
        return Verdict.rightIf(actor.has(Role.OFFICE_CHIEF) && actor.agencyId() != null);
    }

    /** The right to decide a disposal, asked before the set's state (403 before 409). */
    public Verdict mayDecide(Actor actor) {
        return Verdict.rightIf(actor.has(Role.DIRECTOR) && actor.agencyId() != null);
    }

    /** The appraisal council's opinion, recorded by the Office chief. */
    public Verdict appraise(Actor actor, Subject s, DisposalStatus d) {
        return Verdict.rightIf(actor.has(Role.OFFICE_CHIEF) && actor.agencyId() != null)
                .and(() -> s.agencyId().equals(actor.agencyId()) ? Verdict.allowed() : Verdict.outOfScope("hồ sơ lưu"))
                .and(() -> d == DisposalStatus.PROPOSED ? Verdict.allowed()
                        : Verdict.wrongState("Đề nghị hủy này đã " + d.label().toLowerCase() + "."));
    }

    /** The Director decides (approves or rejects) once the council has spoken, and never on the own proposal. */
    public Verdict decide(Actor actor, Subject s, DisposalStatus d, String proposedBy) {
        return Verdict.rightIf(actor.has(Role.DIRECTOR) && actor.agencyId() != null)
                .and(() -> s.agencyId().equals(actor.agencyId()) ? Verdict.allowed() : Verdict.outOfScope("hồ sơ lưu"))
                .and(() -> {
                    if (d != DisposalStatus.APPRAISED) {
                        return Verdict.wrongState(d == DisposalStatus.PROPOSED
                                ? "Hội đồng thẩm định chưa cho ý kiến, chưa thể quyết định."
                                : "Đề nghị hủy này đã được quyết định.");
                    }
                    return actor.username().equals(proposedBy)
                            ? Verdict.wrongState("Người đề nghị hủy không được tự quyết định hủy.") : Verdict.allowed();
                });
    }

    /** The retention schedule is the installation's or agency administrator's. */
    public Verdict editRetention(Actor actor) {
        return Verdict.rightIf(actor.has(Role.ADMIN));
    }

    public Verdict readRetention(Actor actor) {
        return Verdict.rightIf(actor.has(Role.ADMIN) || read(actor).isAllowed());
    }

    /** The set page's buttons: shown exactly when the act would succeed. */
    public record Allowed(boolean file, boolean close, boolean export, boolean propose) {
    }

    public Allowed allowed(Actor actor, Subject s, LocalDate retentionEnds, boolean openProposal, LocalDate today) {
        return new Allowed(file(actor, s).isAllowed(), close(actor, s).isAllowed(), export(actor, s).isAllowed(),
                proposeDisposal(actor, s, retentionEnds, openProposal, today).isAllowed());
    }
}
