package vn.boiduong.archive;

/** The steps of a disposal "theo quy định": proposed, appraised by the council, then decided. */
public enum DisposalStatus {
    PROPOSED("Văn phòng đề nghị hủy"), APPRAISED("Hội đồng đã thẩm định"), APPROVED("Giám đốc đã quyết định hủy"),
    REJECTED("Không hủy");

    private final String label;

    DisposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == PROPOSED || this == APPRAISED;
    }
}
