package vn.boiduong.archive;

/** OPEN: the steps file into it; CLOSED (đóng hồ sơ): read-only; DISPOSED: its files erased by a decision. */
public enum RecordSetStatus {
    OPEN("Đang mở"), CLOSED("Đã đóng"), DISPOSED("Đã hủy theo quyết định");

    private final String label;

    RecordSetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
