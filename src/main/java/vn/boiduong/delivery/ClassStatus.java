package vn.boiduong.delivery;

/**
 * Where a class stands in B5: PLANNED (made from the approved plan) → OPEN (enrolment) → IN_PROGRESS
 * → FINISHED → CLOSED, or CANCELLED (with a reason) before it is finished.
 */
public enum ClassStatus {
    PLANNED("Theo kế hoạch"), OPEN("Đang ghi danh"), IN_PROGRESS("Đang học"), FINISHED("Đã kết thúc"),
    CLOSED("Đã đóng hồ sơ"), CANCELLED("Đã hủy");

    private final String label;

    ClassStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to be held or being held: it may be cancelled, its sessions and lecturers changed. */
    public boolean beforeFinish() {
        return this == PLANNED || this == OPEN || this == IN_PROGRESS;
    }

    /** The Bootstrap colour of the status badge on the pages. */
    public String badge() {
        return switch (this) {
            case PLANNED -> "secondary";
            case OPEN -> "info";
            case IN_PROGRESS -> "primary";
            case FINISHED -> "warning";
            case CLOSED -> "success";
            case CANCELLED -> "danger";
        };
    }
}
