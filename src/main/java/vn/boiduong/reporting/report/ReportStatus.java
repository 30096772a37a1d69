package vn.boiduong.reporting.report;

/** Where the report to the Director stands: DRAFT → SUBMITTED → ACKNOWLEDGED, or RETURNED and submitted again. */
public enum ReportStatus {
    DRAFT("Đang soạn", "secondary"), SUBMITTED("Đã trình Giám đốc", "primary"),
    RETURNED("Bị trả lại", "danger"), ACKNOWLEDGED("Giám đốc đã cho ý kiến", "success");

    private final String label;
    private final String badge;

    ReportStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap colour of the status badge. */
    public String badge() {
        return badge;
    }

    /** The chief may still edit the narrative and submit. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
