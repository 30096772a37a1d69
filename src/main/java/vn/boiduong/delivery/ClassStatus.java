package vn.boiduong.delivery;

/** Where a class stands in B5. */
public enum ClassStatus {
    PLANNED("Theo kế hoạch"), OPEN("Đang tổ chức"), FINISHED("Đã kết thúc"), CANCELLED("Đã hủy");

    private final String label;

    ClassStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
