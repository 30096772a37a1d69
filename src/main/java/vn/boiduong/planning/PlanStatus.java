package vn.boiduong.planning;

/** Where a plan stands in B3–B4. */
public enum PlanStatus {
    DRAFT("Dự thảo"), SUBMITTED("Đã trình"), RETURNED("Bị trả lại"), APPROVED("Đã phê duyệt");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Office may change the plan's items while it is being drafted or after the Director returned it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
