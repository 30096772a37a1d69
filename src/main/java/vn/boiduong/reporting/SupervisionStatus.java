package vn.boiduong.reporting;

/**
 * Where a plan item stands against the approved plan (B6's supervision), as the status rules say
 * ({@code reporting.supervision.StatusRule}, kept as data with an effective date).
 */
public enum SupervisionStatus {
    ON_TRACK("Đúng tiến độ", "success"),
    LATE("Chậm tiến độ", "danger"),
    AT_RISK("Có nguy cơ chậm", "warning"),
    DONE("Đã hoàn thành", "primary"),
    CANCELLED("Đã hủy", "secondary");

    private final String label;
    private final String badge;

    SupervisionStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap colour of the status badge on the pages. */
    public String badge() {
        return badge;
    }
}
