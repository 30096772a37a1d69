package vn.boiduong.needs;

/** The states of a training need in B1–B2: a unit drafts and submits; the Office returns or accepts. */
public enum NeedStatus {
    DRAFT("Nháp"),
    SUBMITTED("Đã gửi"),
    RETURNED("Bị trả lại"),
    ACCEPTED("Đã tiếp nhận");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap badge of the state on pages. */
    public String badge() {
        return switch (this) {
            case DRAFT -> "text-bg-secondary";
            case SUBMITTED -> "text-bg-primary";
            case RETURNED -> "text-bg-warning";
            case ACCEPTED -> "text-bg-success";
        };
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
