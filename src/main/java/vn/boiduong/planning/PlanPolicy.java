package vn.boiduong.planning;

import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;

/**
 * Who may do what with the annual plan (B3–B4), and if not, why: the one place that says it. The
 * plan's transitions ({@link TrainingPlan}), {@link PlanService}, the pages' buttons ({@link #allowed}),
 * the API, the documents and the home page's next steps all ask this class. Like
 * {@code needs.NeedPolicy} it holds no state and reads nothing, so the plan may ask it inside a
 * transition and a unit test may build it with {@code new}.
 * <p>An act on one plan is asked in two steps, in the order HTTP answers them: may the actor see the
 * plan ({@link #read(Actor, Subject)}: 403, then 404), then may they do this act to it now (403, then
 * 409). The service asks the first when it loads the plan, the plan the second in its transition.
 * <p>The administrator reads every plan of the installation (looking after it), but acts on none and
 * downloads no decision: those rights are the Office's and the Director's alone
 * ({@code actor.without(ADMIN)} below says so where it matters).
 */
@Component
public class PlanPolicy {

    /** What the policy needs to know about a plan: whose it is, where it stands, whether it has items. */
    public interface Subject {
        Long agencyId();

        PlanStatus status();

        boolean hasItems();
    }

    static final String PLAN = "kế hoạch";

    public PlanPolicy() {
    }

    // ---- reading ----

    /** May read plans at all: the Office, the Director, the unit heads and the administrator. */
    public Verdict read(Actor actor) {
        return Verdict.rightIf(actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD,
                Role.ADMIN));
    }

    /** May see this plan: of the actor's agency (an agency-less administrator sees every agency's). */
    public Verdict read(Actor actor, Subject plan) {
        return read(actor).and(() -> actor.seesAgency(plan.agencyId()) ? Verdict.allowed()
                : Verdict.outOfScope(PLAN));
    }

    /**
     * Sees the whole plan with every unit's needs; a unit head sees of the needs only the unit's own
     * ({@link PlanView#forUnit}). The administrator counts here: this is the agency-wide view.
     */
    public boolean seesEveryUnit(Actor actor) {
        return actor.seesWholeAgency();
    }

    /** May download the approval decision and the plan's forms (2a–2c): the Office and the Director. */
    public Verdict readDocuments(Actor actor) {
        return Verdict.rightIf(actor.without(Role.ADMIN).seesWholeAgency());
    }

    /**
     * May download this plan's approval decision: the Office and the Director, and the unit heads
     * once it is approved (QT.VP.05 5.2.5: the decision is sent to the units that carry it out). The
     * administrator looks after the installation and receives no decision.
     */
    public Verdict readDecision(Actor actor, Subject plan) {
        return read(actor, plan).and(() -> {
            if (readDocuments(actor).isAllowed()) {
                return Verdict.allowed();
            }
            if (!actor.has(Role.UNIT_HEAD)) {
                return Verdict.noRight();
            }
            return plan.status() == PlanStatus.APPROVED ? Verdict.allowed()
                    : Verdict.wrongState("Quyết định chỉ có khi kế hoạch đã được phê duyệt.");
        });
    }

    // ---- the Office's acts ----

    /** May open the year's plan (and register it: the home page's next step): the Office chief of an agency. */
    public Verdict create(Actor actor) {
        return Verdict.rightIf(actor.has(Role.OFFICE_CHIEF) && actor.agencyId() != null);
    }

    /** May write items of plans at all (asked before the plan is loaded or the item read): the Office. */
    public Verdict writeItems(Actor actor) {
        return Verdict.rightIf(actor.isOffice());
    }

    /**
     * May add, change or remove this plan's items now: the Office of the plan's agency, while the
     * plan is a draft or returned.
     */
    public Verdict editItems(Actor actor, Subject plan) {
        return Verdict.rightIf(actor.isOffice() && plan.agencyId().equals(actor.agencyId())).and(() -> {
            if (plan.status() == PlanStatus.APPROVED) {
                return Verdict.wrongState("Kế hoạch đã được phê duyệt, không thể sửa đổi.");
            }
            return plan.status().editable() ? Verdict.allowed()
                    : Verdict.wrongState("Kế hoạch đang chờ Giám đốc phê duyệt, không thể sửa đổi.");
        });
    }

    /** B3: the Office chief submits a draft or returned plan that has at least one item. */
    public Verdict submit(Actor actor, Subject plan) {
        return Verdict.rightIf(actor.has(Role.OFFICE_CHIEF) && plan.agencyId().equals(actor.agencyId())).and(() -> {
            if (!plan.status().editable()) {
                return Verdict.wrongState(plan.status() == PlanStatus.APPROVED ? "Kế hoạch đã được phê duyệt."
                        : "Kế hoạch đã được trình, đang chờ Giám đốc phê duyệt.");
            }
            return plan.hasItems() ? Verdict.allowed()
                    : Verdict.wrongState("Kế hoạch chưa có lớp hoặc khóa học nào, chưa thể trình.");
        });
    }

    // ---- the Director's acts ----

    /**
     * The Director returns a submitted plan (with a reason: the plan checks the reason before the
     * state, so a blank reason is a 400 whatever the state).
     */
    public Verdict returnToOffice(Actor actor, Subject plan) {
        return decide(actor, plan);
    }

    /** May approve plans at all (the home page's next step): the Director of an agency. */
    public Verdict approve(Actor actor) {
        return Verdict.rightIf(actor.has(Role.DIRECTOR) && actor.agencyId() != null);
    }

    /** B4: the Director approves a submitted plan by a decision. */
    public Verdict approve(Actor actor, Subject plan) {
        return decide(actor, plan);
    }

    private Verdict decide(Actor actor, Subject plan) {
        return Verdict.rightIf(actor.has(Role.DIRECTOR) && plan.agencyId().equals(actor.agencyId()))
                .and(() -> plan.status() == PlanStatus.SUBMITTED ? Verdict.allowed()
                        : Verdict.wrongState(plan.status() == PlanStatus.APPROVED ? "Kế hoạch đã được phê duyệt."
                                : "Kế hoạch chưa được trình, chưa thể quyết định."));
    }

    /** What the actor may do to this (readable) plan now: the page shows only those buttons. */
    public PlanView.Allowed allowed(Actor actor, Subject plan) {
        return new PlanView.Allowed(editItems(actor, plan).isAllowed(), submit(actor, plan).isAllowed(),
                approve(actor, plan).isAllowed(),
                plan.status() == PlanStatus.APPROVED && readDecision(actor, plan).isAllowed());
    }
}
