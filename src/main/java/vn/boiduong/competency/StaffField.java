package vn.boiduong.competency;

import java.util.function.Function;

/** The qualification fields of a staff record that a standard may require. */
public enum StaffField {
    STATE_MANAGEMENT("Trình độ quản lý nhà nước", StaffFacts::stateManagement),
    POLITICAL_THEORY("Trình độ lý luận chính trị", StaffFacts::politicalTheory),
    DEGREE("Trình độ chuyên môn", StaffFacts::degree),
    IT_LEVEL("Trình độ tin học", StaffFacts::itLevel),
    FOREIGN_LANGUAGE("Trình độ ngoại ngữ", StaffFacts::foreignLanguage);

    private final String label;
    private final Function<StaffFacts, String> reader;

    StaffField(String label, Function<StaffFacts, String> reader) {
        this.label = label;
        this.reader = reader;
    }

    public String label() {
        return label;
    }

    public String valueOf(StaffFacts facts) {
        return reader.apply(facts);
    }
}
