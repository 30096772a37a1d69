package vn.boiduong.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where one year stands: each step with its state, the current step (the first one not done;
 * {@code null} when all are done), and the due dates when the registration due date is known.
 */
public record YearProgress(int year, List<Line> steps, ProcedureStep current, DueDates dueDates) {

    /** The note of a step closed because a later one is done. */
    static final String CLOSED_BY_LATER_STEP = "đã khép lại khi bước sau hoàn thành";

    public record Line(ProcedureStep step, StepState state, boolean current) {
    }

    /**
     * Each step's state as {@code stateOf} tells it, except that a step the year has gone past is
     * done: the procedure runs in order, so once a later step is done (the plan approved, say) the
     * earlier ones are closed whatever their own module still counts (a unit that never sent its
     * needs does not reopen B1 after the Director's decision). The current step is the first one
     * not done.
     */
    static YearProgress compute(int year, List<ProcedureStep> steps, Function<String, StepState> stateOf,
            DueDates dueDates) {
        List<StepState> reported = steps.stream().map(s -> stateOf.apply(s.getCode())).toList();
        int lastDone = -1;
        for (int i = 0; i < reported.size(); i++) {
            if (reported.get(i).isDone()) {
                lastDone = i;
            }
        }
        List<Line> lines = new ArrayList<>();
        ProcedureStep current = null;
        for (int i = 0; i < steps.size(); i++) {
            ProcedureStep step = steps.get(i);
            StepState state = reported.get(i);
            if (i < lastDone && !state.isDone()) {
                state = StepState.done(state.detail() == null ? CLOSED_BY_LATER_STEP
                        : state.detail() + " — " + CLOSED_BY_LATER_STEP);
            }
            boolean isCurrent = current == null && !state.isDone();
            if (isCurrent) {
                current = step;
            }
            lines.add(new Line(step, state, isCurrent));
        }
        return new YearProgress(year, List.copyOf(lines), current, dueDates);
    }

    /**
     * Whether {@code registerBy} has passed on {@code today} while B3 is not done (the plan is not
     * submitted): the home page marks it "quá hạn", as the plan page does.
     */
    public boolean registerMissed(java.time.LocalDate today) {
        return dueDates != null && today.isAfter(dueDates.registerBy()) && !done("B3");
    }

    /** Whether {@code approveBy} has passed on {@code today} while B4 is not done (the plan is not approved). */
    public boolean approveMissed(java.time.LocalDate today) {
        return dueDates != null && today.isAfter(dueDates.approveBy()) && !done("B4");
    }

    private boolean done(String code) {
        return statusOf(code) == StepStatus.DONE;
    }

    /** Where step {@code code} stands this year ({@code NOT_STARTED} for a code the procedure lacks). */
    public StepStatus statusOf(String code) {
        return steps.stream().filter(l -> l.step().getCode().equals(code)).map(l -> l.state().status()).findFirst()
                .orElse(StepStatus.NOT_STARTED);
    }

    public long doneCount() {
        return steps.stream().filter(l -> l.state().isDone()).count();
    }

    /** Whole percent of steps done, for the progress bar. */
    public int percentDone() {
        return steps.isEmpty() ? 0 : (int) (doneCount() * 100 / steps.size());
    }
}
