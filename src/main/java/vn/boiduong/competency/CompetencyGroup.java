package vn.boiduong.competency;

/** The two groups of the seed's catalogue (QT.VP.05, 5.2.1). */
public enum CompetencyGroup {
    KNOWLEDGE("Năng lực về đào tạo, chuyên môn, nghiệp vụ, kiến thức bổ trợ"),
    SKILLS_ETHICS("Năng lực về kỹ năng thi hành công vụ, đạo đức công chức");

    private final String label;

    CompetencyGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
