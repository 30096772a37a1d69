package vn.boiduong.procedure;

/** How far one step of the procedure has come in a year. */
public enum StepStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
