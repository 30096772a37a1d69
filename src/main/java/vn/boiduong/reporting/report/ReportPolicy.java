package vn.boiduong.reporting.report;

import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;

/**
 * Who may do what with the report to the Director (QT.VP.05 5.2.6), and if not, why: the one place
 * that says it. The report's transitions ({@link ResultsReport}), the service, the API, the pages'
 * buttons ({@link #allowed}) and the home page ask it. It holds no state and reads nothing, so a unit
 * test builds it with {@code new}.
 * <p>Asked in the order HTTP answers: may the actor read reports at all (403), is this one of the
 * actor's agency (404), then the act (403, then 409). The Office chief drafts, edits and submits; the
 * Director returns or acknowledges; the Office's specialists and the Director read. Unit heads, staff
 * and the administrator have no part in it.
 */
@Component
public class ReportPolicy {

    /** What the policy needs to know about a report. */
    public interface Subject {
        Long agencyId();

        ReportStatus status();
    }

    static final String REPORT = "báo cáo kết quả";

    public ReportPolicy() {
    }

    /** The buttons of a report's page: each true exactly when the act would succeed. */
    public record Allowed(boolean edit, boolean submit, boolean returnIt, boolean acknowledge, boolean documents) {
    }

    // ---- reading ----

    /** The Office (chief and specialists) and the Director of an agency. */
    public Verdict read(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null
                && actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR));
    }

    public Verdict read(Actor actor, Subject r) {
        return read(actor).and(() -> r.agencyId().equals(actor.agencyId()) ? Verdict.allowed()
                : Verdict.outOfScope(REPORT));
    }

    // ---- the chief writes ----

    /** May draft a report (asked before the year is looked at): the Office chief of an agency. */
    public Verdict draft(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && actor.has(Role.OFFICE_CHIEF));
    }

    /** A second report of the same year is refused as a conflict. */
    public Verdict draft(Actor actor, boolean yearHasReport, int year) {
        return draft(actor).and(() -> yearHasReport
                ? Verdict.wrongState("Năm " + year + " đã có báo cáo kết quả; mỗi năm chỉ có một báo cáo.")
                : Verdict.allowed());
    }

    public Verdict edit(Actor actor, Subject r) {
        return read(actor, r).and(() -> draft(actor)).and(() -> r.status().editable() ? Verdict.allowed()
                : Verdict.wrongState(r.status() == ReportStatus.ACKNOWLEDGED
                        ? "Giám đốc đã cho ý kiến về báo cáo; báo cáo không sửa được nữa."
                        : "Báo cáo đang trình Giám đốc, chưa sửa được (chờ Giám đốc trả lại)."));
    }

    public Verdict submit(Actor actor, Subject r) {
        return read(actor, r).and(() -> draft(actor)).and(() -> r.status().editable() ? Verdict.allowed()
                : Verdict.wrongState("Chỉ trình được báo cáo đang soạn hoặc bị trả lại (báo cáo này: "
                        + r.status().label().toLowerCase() + ")."));
    }

    // ---- the Director decides ----

    private Verdict decide(Actor actor, Subject r) {
        return read(actor, r).and(() -> Verdict.rightIf(actor.has(Role.DIRECTOR)))
                .and(() -> r.status() == ReportStatus.SUBMITTED ? Verdict.allowed()
                        : Verdict.wrongState("Chỉ cho ý kiến được báo cáo đang trình (báo cáo này: "
                                + r.status().label().toLowerCase() + ")."));
    }

    public Verdict returnIt(Actor actor, Subject r) {
        return decide(actor, r);
    }

    public Verdict acknowledge(Actor actor, Subject r) {
        return decide(actor, r);
    }

    /** The DOCX and PDF exist once the Director has acknowledged the report. */
    public Verdict documents(Actor actor, Subject r) {
        return read(actor, r).and(() -> r.status() == ReportStatus.ACKNOWLEDGED ? Verdict.allowed()
                : Verdict.wrongState("Văn bản báo cáo có sau khi Giám đốc cho ý kiến."));
    }

    /** The home page's dashboards: the Director, the Office and the unit heads of an agency. */
    public Verdict dashboard(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && actor.hasAny(Role.DIRECTOR, Role.OFFICE_CHIEF,
                Role.OFFICE_SPECIALIST, Role.UNIT_HEAD));
    }

    public Allowed allowed(Actor actor, Subject r) {
        return new Allowed(edit(actor, r).isAllowed(), submit(actor, r).isAllowed(), returnIt(actor, r).isAllowed(),
                acknowledge(actor, r).isAllowed(), documents(actor, r).isAllowed());
    }
}
