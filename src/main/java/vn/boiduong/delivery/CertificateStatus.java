package vn.boiduong.delivery;

/** Where a certificate stands: valid, expired by its date, or revoked by a decision. Never deleted. */
public enum CertificateStatus {
    VALID("Còn hiệu lực"), EXPIRED("Hết hạn"), REVOKED("Đã thu hồi");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
