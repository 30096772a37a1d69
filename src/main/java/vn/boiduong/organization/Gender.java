package vn.boiduong.organization;

public enum Gender {
    MALE, FEMALE;

    /** "Nam" / "Nữ" as typed in Excel, or the enum name. */
    public static Gender parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "nam", "male" -> MALE;
            case "nữ", "nu", "female" -> FEMALE;
            default -> null;
        };
    }
}
