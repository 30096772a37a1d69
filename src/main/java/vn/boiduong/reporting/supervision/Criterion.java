package vn.boiduong.reporting.supervision;

/**
 * The plan's criteria a supervision visit checks (QT.VP.05 5.2.6: "căn cứ vào tiêu chí kế hoạch đã
 * được phê duyệt"): what an item of the plan fixes.
 */
public enum Criterion {
    CONTENT("Nội dung, chương trình"),
    LEARNERS("Đối tượng, số lượng học viên"),
    TIME("Thời gian"),
    PLACE("Địa điểm"),
    LECTURERS("Giảng viên"),
    BUDGET("Kinh phí");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
