package vn.boiduong.needs;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;

/**
 * Who may do what with training needs (B1–B2), and if not, why: the one place that says it. The
 * aggregate's transitions ({@link TrainingNeed}), the services' scope checks, the pages' buttons
 * ({@link #allowed}), the API and the home page's next steps all ask this class. It holds no state
 * and reads nothing: every answer follows from the actor and the facts of the need handed in, so an
 * aggregate may ask it inside a transition and a unit test may build it with {@code new}.
 * <p>An act on one need is asked in two steps, in the order HTTP answers them: may the actor see
 * the need at all ({@link #read(Actor, Subject, Supplier)}: 403, then 404), then may they do this act
 * to it now ({@link #edit}, {@link #submit}, {@link #returnTo}, {@link #accept}: 403, then 409). The
 * service asks the first when it loads the need, the aggregate the second in its transition.
 * <p>The administrator looks after users and settings, not the needs of units: the ADMIN role counts
 * for nothing here ({@link #participant}), so an administrator who is also, say, a unit head acts as
 * a unit head, and one who is only an administrator may not read needs.
 */
@Component
public class NeedPolicy {

    /** What the policy needs to know about a need: whose it is, where it stands, whom it names. */
    public interface Subject {
        Long agencyId();

        Long unitId();

        NeedStatus status();

        List<Long> staffIds();
    }

    /** Which needs a reader sees. */
    public enum Scope {
        /** The Office and the Director: every unit of the agency. */
        WHOLE_AGENCY,
        /** A unit head: the unit's own needs. */
        OWN_UNIT,
        /** Anyone else of the workflow (staff): the needs that name them. */
        NAMED
    }

    static final String NEED = "nhu cầu";
    static final String UNIT = "đơn vị";

    public NeedPolicy() {
    }

    /** The actor as this module counts them: without the administrator's role. */
    private Actor participant(Actor actor) {
        return actor.without(Role.ADMIN);
    }

    // ---- reading ----

    /** May read needs at all (list, collections): the workflow's people of an agency, not the administrator. */
    public Verdict read(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && !participant(actor).roles().isEmpty());
    }

    /** Which needs a reader sees; ask only once {@link #read(Actor)} allowed. */
    public Scope scope(Actor actor) {
        Actor a = participant(actor);
        if (a.seesWholeAgency()) {
            return Scope.WHOLE_AGENCY;
        }
        return a.has(Role.UNIT_HEAD) ? Scope.OWN_UNIT : Scope.NAMED;
    }

    /** The list, filtered by a unit or not: a unit head asking for another unit finds none (404). */
    public Verdict list(Actor actor, Long unitId) {
        return read(actor).and(() -> scope(actor) == Scope.OWN_UNIT && unitId != null
                && !unitId.equals(actor.unitId()) ? Verdict.outOfScope(UNIT) : Verdict.allowed());
    }

    /**
     * May see this need: of the actor's agency, and of their unit unless they see the whole agency;
     * a staff member sees the needs that name them.
     *
     * @param ownStaffId the actor's own staff record, asked only when it decides
     */
    public Verdict read(Actor actor, Subject need, Supplier<Optional<Long>> ownStaffId) {
        return read(actor).and(() -> {
            if (!need.agencyId().equals(actor.agencyId())) {
                return Verdict.outOfScope(NEED);
            }
            Actor a = participant(actor);
            if (a.seesWholeAgency() || (a.has(Role.UNIT_HEAD) && need.unitId().equals(a.unitId()))) {
                return Verdict.allowed();
            }
            if (a.has(Role.STAFF) && !need.staffIds().isEmpty()) {
                Optional<Long> own = ownStaffId.get();
                if (own.isPresent() && need.staffIds().contains(own.get())) {
                    return Verdict.allowed();
                }
            }
            return Verdict.outOfScope(NEED);
        });
    }

    // ---- writing a unit's needs ----

    /** May write needs at all (the "new need" button): a unit head or an Office specialist of an agency. */
    public Verdict create(Actor actor) {
        return create(actor, null, null);
    }

    /**
     * May write a new need for a unit: a unit head for their own unit, an Office specialist for any
     * unit of their agency. A right, so it is told before the input's faults.
     *
     * @param agencyId the agency of the need, {@code null} while not known
     * @param unitId the unit the need is for, {@code null} while the input does not say (then only the role counts)
     */
    public Verdict create(Actor actor, Long agencyId, Long unitId) {
        Actor a = participant(actor);
        if (a.agencyId() == null || !a.hasAny(Role.UNIT_HEAD, Role.OFFICE_SPECIALIST)
                || (agencyId != null && !agencyId.equals(a.agencyId()))) {
            return Verdict.noRight();
        }
        if (!a.has(Role.OFFICE_SPECIALIST) && unitId != null && !unitId.equals(a.unitId())) {
            return Verdict.noRight();
        }
        return Verdict.allowed();
    }

    /** May turn a competency gap or finding into a draft: whoever may write a need (the person's unit is checked then). */
    public Verdict createFromCompetency(Actor actor) {
        return create(actor);
    }

    /** Unit heads edit their own unit's needs, an Office specialist any unit's, while a draft or returned. */
    public Verdict edit(Actor actor, Subject need) {
        return Verdict.rightIf(authors(actor, need)).and(() -> need.status().editable() ? Verdict.allowed()
                : Verdict.wrongState("Nhu cầu đang ở trạng thái «" + need.status().label()
                        + "»: chỉ sửa được khi còn là bản nháp hoặc bị trả lại."));
    }

    private boolean authors(Actor actor, Subject need) {
        Actor a = participant(actor);
        return need.agencyId().equals(a.agencyId()) && (a.has(Role.OFFICE_SPECIALIST)
                || (a.has(Role.UNIT_HEAD) && need.unitId() != null && need.unitId().equals(a.unitId())));
    }

    /**
     * The head of the unit sends its needs: a unit head, or the Chief of the Office for the Office's
     * own needs (the Office has no other head); a draft or a returned need.
     */
    public Verdict submit(Actor actor, Subject need) {
        Actor a = participant(actor);
        boolean head = need.agencyId().equals(a.agencyId()) && a.hasAny(Role.UNIT_HEAD, Role.OFFICE_CHIEF)
                && need.unitId().equals(a.unitId());
        return Verdict.rightIf(head).and(() -> switch (need.status()) {
            case SUBMITTED -> Verdict.wrongState("Nhu cầu này đã được gửi và đang chờ Văn phòng xem xét.");
            case ACCEPTED -> Verdict.wrongState("Nhu cầu này đã được Văn phòng tiếp nhận, không gửi lại được.");
            default -> Verdict.allowed();
        });
    }

    // ---- the Office's review ----

    /** The Office returns a submitted need (with a reason, checked by the need). */
    public Verdict returnTo(Actor actor, Subject need) {
        return decide(actor, need, "trả lại");
    }

    /** The Office accepts a submitted need into the year's consolidation. */
    public Verdict accept(Actor actor, Subject need) {
        return decide(actor, need, "tiếp nhận");
    }

    private Verdict decide(Actor actor, Subject need, String act) {
        Actor a = participant(actor);
        return Verdict.rightIf(need.agencyId().equals(a.agencyId()) && a.isOffice())
                .and(() -> need.status() == NeedStatus.SUBMITTED ? Verdict.allowed()
                        : Verdict.wrongState("Chỉ " + act + " được nhu cầu đang chờ xem xét; nhu cầu này đang ở "
                                + "trạng thái «" + need.status().label() + "»."));
    }

    // ---- the year's collection and consolidation (the agency as a whole) ----

    /** The Office opens the year's collection or moves its due date. */
    public Verdict openCollection(Actor actor) {
        return office(actor);
    }

    /** The Office and the Director follow the collection: who sent, who is late. */
    public Verdict followCollection(Actor actor) {
        return wholeAgency(actor);
    }

    /** The Office and the Director read the year's consolidation and its XLSX. */
    public Verdict readConsolidation(Actor actor) {
        return wholeAgency(actor);
    }

    /** The Office merges accepted needs into consolidated lines, and undoes that. */
    public Verdict merge(Actor actor) {
        return office(actor);
    }

    private Verdict office(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && actor.isOffice());
    }

    private Verdict wholeAgency(Actor actor) {
        return Verdict.rightIf(actor.agencyId() != null && participant(actor).seesWholeAgency());
    }

    /** What the actor may do to this (readable) need now: the page shows only those buttons. */
    public NeedView.Allowed allowed(Actor actor, Subject need) {
        return new NeedView.Allowed(edit(actor, need).isAllowed(), submit(actor, need).isAllowed(),
                accept(actor, need).isAllowed());
    }
}
