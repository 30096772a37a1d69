package vn.boiduong.procedure;

import java.util.Objects;

/**
 * A step's state in a year, as the module that carries the step out reports it.
 *
 * @param detail optional Vietnamese note for the home page, e.g. "6/8 phòng đã gửi nhu cầu"
 */
public record StepState(StepStatus status, String detail) {

    public static final StepState NOT_STARTED = new StepState(StepStatus.NOT_STARTED, null);

    public StepState {
        Objects.requireNonNull(status, "status");
    }

    public static StepState inProgress(String detail) {
        return new StepState(StepStatus.IN_PROGRESS, detail);
    }

    public static StepState done(String detail) {
        return new StepState(StepStatus.DONE, detail);
    }

    public boolean isDone() {
        return status == StepStatus.DONE;
    }
}
