package vn.boiduong.delivery;

/** A person's place in a class: proposed by the unit head, enrolled by the Office, or refused. */
public enum EnrolmentStatus {
    NOMINATED("Đề cử, chờ xác nhận"), ENROLLED("Đã ghi danh"), REFUSED("Không được chấp nhận");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
