package vn.boiduong.reporting;

import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;

/**
 * Who may do what in B6's supervision, and if not, why: the one place that says it. The visit's
 * transitions, the service, the API and the pages' buttons all ask it. Holds no state and reads
 * nothing, so an aggregate may ask it inside a transition and a unit test may build it with {@code new}.
 * <ul>
 *   <li>Planned against actual ({@code /plans/{id}/supervision}): the Office and the Director of the
 *       plan's agency. A unit head gets 403: the figures are the agency's whole execution of the plan
 *       (the unit's own figures are on the unit head's pages of B5), and the administrator has no part
 *       in the workflow.</li>
 *   <li>Visits: the Office chief records and closes them; the Office and the Director read every visit of
 *       the agency; a unit head reads the visits of the own unit and those with a request the unit owns
 *       (any other looks missing, 404), and closes the own unit's requests; the Office closes any.</li>
 *   <li>A closed visit is read-only: every change answers 409.</li>
 * </ul>
 */
@Component
public class SupervisionPolicy {

    public static final String VISIT = "đợt kiểm tra, giám sát";

    /** What the policy needs to know about a visit. */
    public interface Visit {
        Long agencyId();

        Long unitId();

        boolean closed();

        boolean hasRequestOf(Long unitId);

        long openRequests();
    }

    /** What the policy needs to know about a request of a visit. */
    public interface Request {
        Long ownerUnitId();

        boolean closed();
    }

    public SupervisionPolicy() {
    }

    /** Planned against actual of a plan: the Office and the Director (of the plan's agency: the service checks). */
    public Verdict readSupervision(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null
                && actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR));
    }

    // ---- visits ----

    public Verdict readVisits(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null
                && actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD));
    }

    /** Sees every visit of the agency (else only those of the own unit or with its requests). */
    public boolean seesEveryVisit(Actor actor) {
        return actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR);
    }

    public Verdict read(Actor actor, Visit v) {
        return readVisits(actor).and(() -> {
            if (!v.agencyId().equals(actor.agencyId())) {
                return Verdict.outOfScope(VISIT);
            }
            if (seesEveryVisit(actor)) {
                return Verdict.allowed();
            }
            boolean own = actor.unitId() != null && (actor.unitId().equals(v.unitId()) || v.hasRequestOf(actor.unitId()));
            return own ? Verdict.allowed() : Verdict.outOfScope(VISIT);
        });
    }

    /** Records a visit (asked before anything is loaded): the Office chief of an agency. */
    public Verdict record(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && actor.has(Role.OFFICE_CHIEF));
    }

    /** Closes the visit: the Office chief, while it is open and once every request is closed. */
    public Verdict close(Actor actor, Visit v) {
        return read(actor, v).and(() -> record(actor)).and(() -> {
            if (v.closed()) {
                return Verdict.wrongState("Đợt kiểm tra đã kết thúc, không thay đổi được nữa.");
            }
            return v.openRequests() > 0 ? Verdict.wrongState("Còn " + v.openRequests()
                    + " kiến nghị chưa hoàn thành: đóng các kiến nghị trước khi kết thúc đợt kiểm tra.")
                    : Verdict.allowed();
        });
    }

    /** Closes a request: the owner unit's head or the Office, while the visit and the request are open. */
    public Verdict closeRequest(Actor actor, Visit v, Request r) {
        return read(actor, v).and(() -> Verdict.rightIf(actor.isOffice() || actor.has(Role.UNIT_HEAD)
                && actor.unitId() != null && actor.unitId().equals(r.ownerUnitId()))).and(() -> {
                    if (v.closed()) {
                        return Verdict.wrongState("Đợt kiểm tra đã kết thúc, không thay đổi được nữa.");
                    }
                    return r.closed() ? Verdict.wrongState("Kiến nghị này đã được đóng.") : Verdict.allowed();
                });
    }
}
