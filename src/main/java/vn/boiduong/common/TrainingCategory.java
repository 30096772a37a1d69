package vn.boiduong.common;

import java.util.List;
import java.util.Optional;

/**
 * The training categories of the official forms (forms.md), with their Vietnamese labels and the
 * level codes each allows. Needs, plan items, classes, reports and competencies all speak in them,
 * so they live in the shared kernel. A category without levels takes no level.
 */
public enum TrainingCategory {

    DEGREE("Đào tạo chuyên môn (sau đại học, đại học)",
            level("DOCTORATE", "Tiến sĩ"), level("MASTER", "Thạc sĩ"), level("BACHELOR", "Đại học")),
    POLITICAL_THEORY("Lý luận chính trị",
            level("ADVANCED", "Cao cấp"), level("INTERMEDIATE", "Trung cấp"), level("ELEMENTARY", "Sơ cấp")),
    STATE_MANAGEMENT("Quản lý nhà nước (theo tiêu chuẩn ngạch)",
            level("SENIOR_PRINCIPAL", "CVCC"), level("PRINCIPAL", "CVC"), level("SPECIALIST", "CV"),
            level("OFFICER", "Cán sự")),
    PROFESSIONAL_TITLE("Theo tiêu chuẩn chức danh nghề nghiệp viên chức",
            level("RANK_I", "Hạng I"), level("RANK_II", "Hạng II"), level("RANK_III", "Hạng III"),
            level("RANK_IV", "Hạng IV")),
    LEADERSHIP("Lãnh đạo, quản lý",
            level("DEPARTMENT", "Cấp sở"), level("DISTRICT", "Cấp huyện"), level("DIVISION", "Cấp phòng")),
    DEFENSE_SECURITY("Kiến thức quốc phòng và an ninh",
            level("GROUP_1", "Đối tượng 1"), level("GROUP_2", "Đối tượng 2"), level("GROUP_3", "Đối tượng 3"),
            level("GROUP_4", "Đối tượng 4")),
    JOB_POSITION("Kiến thức, kỹ năng theo yêu cầu vị trí việc làm"),
    DIGITAL("Tin học, kỹ năng số"),
    FOREIGN_LANGUAGE("Ngoại ngữ"),
    ETHNIC_LANGUAGE("Tiếng dân tộc"),
    OTHER("Khác");

    /** One level of a category: the code the API carries and the label the forms print. */
    public record Level(String code, String label) {
    }

    private final String label;
    private final List<Level> levels;

    TrainingCategory(String label, Level... levels) {
        this.label = label;
        this.levels = List.of(levels);
    }

    private static Level level(String code, String label) {
        return new Level(code, label);
    }

    /** The Vietnamese label of forms.md. */
    public String label() {
        return label;
    }

    /** The allowed levels, highest first as the forms list them; empty when the category has none. */
    public List<Level> levels() {
        return levels;
    }

    public boolean hasLevels() {
        return !levels.isEmpty();
    }

    /** A level may be absent; when present it must be one of this category's codes. */
    public boolean allowsLevel(String code) {
        return code == null || code.isBlank() || levels.stream().anyMatch(l -> l.code().equals(code));
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The level's label ("Trung cấp"), or the code itself when unknown, or "" when absent. */
    public String levelLabel(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return level(code).map(Level::label).orElse(code);
    }

    /** "Lý luận chính trị — Trung cấp", or just the label without a level. */
    public String describe(String levelCode) {
        String l = levelLabel(levelCode);
        return l.isEmpty() ? label : label + " — " + l;
    }

    /** The category of an API code, or empty for an unknown one (the caller answers 400). */
    public static Optional<TrainingCategory> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (TrainingCategory c : values()) {
            if (c.name().equals(code.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
