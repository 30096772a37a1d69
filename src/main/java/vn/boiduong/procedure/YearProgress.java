package vn.boiduong.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where one year stands: each step with its state, the current step (the first one not done;
 * {@code null} when all are done), and the due dates when the registration due date is known.
 */
public record YearProgress(int year, List<Line> steps, ProcedureStep current, DueDates dueDates) {

    public record Line(ProcedureStep step, StepState state, boolean current) {
    }

    /** Each step's state as {@code stateOf} tells it; the current step is the first one not done. */
    static YearProgress compute(int year, List<ProcedureStep> steps, Function<String, StepState> stateOf,
            DueDates dueDates) {
        List<Line> lines = new ArrayList<>();
        ProcedureStep current = null;
        for (ProcedureStep step : steps) {
            StepState state = stateOf.apply(step.getCode());
            boolean isCurrent = current == null && !state.isDone();
            if (isCurrent) {
                current = step;
            }
            lines.add(new Line(step, state, isCurrent));
        }
        return new YearProgress(year, List.copyOf(lines), current, dueDates);
    }

    public long doneCount() {
        return steps.stream().filter(l -> l.state().isDone()).count();
    }

    /** Whole percent of steps done, for the progress bar. */
    public int percentDone() {
        return steps.isEmpty() ? 0 : (int) (doneCount() * 100 / steps.size());
    }
}
