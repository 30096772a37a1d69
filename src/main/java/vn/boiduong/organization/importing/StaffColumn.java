package vn.boiduong.organization.importing;

import java.util.HashMap;
import java.util.Map;
import vn.boiduong.organization.VietnameseNames;

/**
 * The columns of the staff import template, in template order. The header is what the template
 * prints and what an uploaded file must carry (compared without diacritics, case or punctuation, so
 * "Ma can bo" or "Mã cán bộ (*)" still match); the guide text goes to the "Hướng dẫn" sheet.
 */
public enum StaffColumn {
    CODE("Mã cán bộ", 30, true, "Bắt buộc. Không trùng trong cơ quan; tối đa 30 ký tự gồm chữ, số và . _ / -.",
            "CB0001"),
    FULL_NAME("Họ và tên", 150, true, "Bắt buộc. Họ, đệm và tên đầy đủ, có dấu; tối đa 150 ký tự.", "Nguyễn Văn An"),
    UNIT_CODE("Mã đơn vị", 30, true, "Bắt buộc. Mã của đơn vị trong cơ quan (xem bảng mã đơn vị bên dưới).", "VP"),
    CATEGORY("Loại", 10, true, "Bắt buộc. CB (cán bộ), CC (công chức), VC (viên chức) hoặc NLĐ (người lao động).",
            "CC"),
    GENDER("Giới tính", 10, true, "Bắt buộc. Nam hoặc Nữ.", "Nam"),
    BIRTH_DATE("Ngày sinh", 30, true, "Bắt buộc. Dạng dd/MM/yyyy, ví dụ 15/03/1985; ô kiểu ngày của Excel cũng được. "
            + "Phải trước ngày hôm nay.", "15/03/1985"),
    ETHNIC_MINORITY("Dân tộc thiểu số", 10, false, "Có hoặc Không; để trống là Không.", "Không"),
    POSITION("Chức vụ", 100, false, "Tối đa 100 ký tự, ví dụ Chuyên viên, Phó Trưởng phòng.", "Chuyên viên"),
    GRADE_CODE("Mã ngạch", 20, false, "Bắt buộc với công chức (CC): 01.001 (Chuyên viên cao cấp), 01.002 (Chuyên viên "
            + "chính), 01.003 (Chuyên viên), 01.004 (Cán sự), 01.005 (Nhân viên).", "01.003"),
    PROFESSIONAL_TITLE("Chức danh nghề nghiệp", 150, false, "Bắt buộc với viên chức (VC); tối đa 150 ký tự, ví dụ Lưu "
            + "trữ viên.", ""),
    TITLE_RANK("Hạng", 10, false, "Hạng chức danh nghề nghiệp: I, II, III hoặc IV; có thể để trống.", ""),
    LEADER("Lãnh đạo quản lý", 10, false, "Có hoặc Không; để trống là Không.", "Không"),
    DEGREE("Trình độ chuyên môn", 100, false, "Tối đa 100 ký tự, ví dụ Đại học Luật, Thạc sĩ Quản lý công.",
            "Đại học Luật"),
    POLITICAL_THEORY("Lý luận chính trị", 30, false, "Tối đa 30 ký tự: Sơ cấp, Trung cấp, Cao cấp, Cử nhân.",
            "Trung cấp"),
    STATE_MANAGEMENT("Quản lý nhà nước", 30, false, "Tối đa 30 ký tự, ví dụ CV, CVC, CVCC.", "CV"),
    IT_LEVEL("Tin học", 100, false, "Tối đa 100 ký tự, ví dụ Chứng chỉ ứng dụng CNTT cơ bản.",
            "Chứng chỉ ứng dụng CNTT cơ bản"),
    FOREIGN_LANGUAGE("Ngoại ngữ", 100, false, "Tối đa 100 ký tự, ví dụ Tiếng Anh B1.", "Tiếng Anh B1");

    private static final Map<String, StaffColumn> BY_KEY = new HashMap<>();

    static {
        for (StaffColumn c : values()) {
            BY_KEY.put(key(c.header), c);
        }
    }

    private final String header;
    private final int maxLength;
    private final boolean required;
    private final String guide;
    private final String sample;

    StaffColumn(String header, int maxLength, boolean required, String guide, String sample) {
        this.header = header;
        this.maxLength = maxLength;
        this.required = required;
        this.guide = guide;
        this.sample = sample;
    }

    public String header() {
        return header;
    }

    public int maxLength() {
        return maxLength;
    }

    /** A column the file must have (its cells may still be checked row by row). */
    public boolean required() {
        return required;
    }

    public String guide() {
        return guide;
    }

    public String sample() {
        return sample;
    }

    /** The column a header cell names, or null. */
    public static StaffColumn byHeader(String text) {
        return text == null ? null : BY_KEY.get(key(text));
    }

    private static String key(String text) {
        return VietnameseNames.fold(text).replaceAll("[^a-z0-9]", "");
    }
}
