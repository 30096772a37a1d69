package vn.boiduong.archive;

/**
 * The kinds of record the procedure produces and the archive files (QT.VP.05 section 6 and 7), with
 * the step that produces each. Their retention is data ({@link RetentionRules}), not code.
 */
public enum RecordType {
    CONSOLIDATION("B2", "Bảng tổng hợp nhu cầu ĐTBD"),
    PLAN_DECISION("B4", "Kế hoạch và quyết định phê duyệt"),
    ANNOUNCEMENT("B5", "Thông báo triển khai và phân bổ kinh phí"),
    CLASS_LIST("B5", "Danh sách học viên"),
    ATTENDANCE("B5", "Bảng điểm danh"),
    RESULTS("B5", "Kết quả học tập"),
    CERTIFICATE("B5", "Giấy chứng nhận"),
    FEEDBACK("B5", "Tổng hợp phiếu đánh giá khóa học"),
    SUPERVISION_VISIT("B6", "Biên bản kiểm tra, giám sát"),
    RESULTS_REPORT("B6", "Báo cáo kết quả ĐTBD"),
    SCAN("B7", "Bản gốc có chữ ký (bản quét)");

    private final String step;
    private final String label;

    RecordType(String step, String label) {
        this.step = step;
        this.label = label;
    }

    public String step() {
        return step;
    }

    public String label() {
        return label;
    }

    /** The type named by {@code code}, or null for an unknown one (a request parameter, a form field). */
    public static RecordType parse(String code) {
        if (code == null) {
            return null;
        }
        for (RecordType t : values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
