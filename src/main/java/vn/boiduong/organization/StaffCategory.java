package vn.boiduong.organization;

/** CB, CC, VC, NLĐ (domain.md). The short code is what people type in Excel. */
public enum StaffCategory {
    OFFICIAL("CB"), CIVIL_SERVANT("CC"), PUBLIC_EMPLOYEE("VC"), WORKER("NLĐ");

    private final String shortCode;

    StaffCategory(String shortCode) {
        this.shortCode = shortCode;
    }

    public String shortCode() {
        return shortCode;
    }

    public static StaffCategory fromShortCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        for (StaffCategory s : values()) {
            if (s.shortCode.equals(c) || s.name().equals(c) || (s == WORKER && c.equals("NLD"))) {
                return s;
            }
        }
        return null;
    }
}
