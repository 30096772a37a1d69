package vn.boiduong.competency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.RuleMatch;
import vn.boiduong.competency.StaffFacts;
import vn.boiduong.competency.StaffField;
import vn.boiduong.organization.StaffCategory;

/** The standards of the organisational analysis, evaluated without Spring or a database. */
class StandardRuleTest {

    static final StandardRule PRINCIPAL_NEEDS_CVC = new StandardRule("QLNN-CVC", "CVC cần chứng chỉ QLNN ngạch CVC",
            null, "01.002", null, null, StaffField.STATE_MANAGEMENT, RuleMatch.ONE_OF, "CVC|CVCC",
            TrainingCategory.STATE_MANAGEMENT, "PRINCIPAL", "Bồi dưỡng QLNN ngạch CVC");
    static final StandardRule LEADER_NEEDS_THEORY = new StandardRule("LLCT-LDQL", "Lãnh đạo cần LLCT trung cấp",
            null, null, true, null, StaffField.POLITICAL_THEORY, RuleMatch.ONE_OF, "Trung cấp|Cao cấp",
            TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE", "Trung cấp LLCT");
    static final StandardRule DEGREE = new StandardRule("DH-CC", "Đại học trở lên", StaffCategory.CIVIL_SERVANT,
            "01.003", null, null, StaffField.DEGREE, RuleMatch.CONTAINS_ANY, "Đại học|Thạc sĩ|Tiến sĩ",
            TrainingCategory.DEGREE, "BACHELOR", "Đào tạo đại học");
    static final StandardRule IT = new StandardRule("TH-CC", "Tin học", StaffCategory.CIVIL_SERVANT, null, null, null,
            StaffField.IT_LEVEL, RuleMatch.PRESENT, null, TrainingCategory.DIGITAL, null, "Kỹ năng số");

    static StaffFacts person(StaffCategory category, String grade, boolean leader, String stateManagement,
            String politicalTheory, String degree, String it) {
        return new StaffFacts(category, grade, leader, null, stateManagement, politicalTheory, degree, it, null);
    }

    @Test
    void principalSpecialistWithOnlyTheSpecialistCertificateFallsShort() {
        var s = person(StaffCategory.CIVIL_SERVANT, "01.002", false, "CV", "Trung cấp", "Đại học Luật", "Cơ bản");
        var shortfall = PRINCIPAL_NEEDS_CVC.check(s);
        assertThat(shortfall).isPresent();
        assertThat(shortfall.get().current()).isEqualTo("CV");
        assertThat(shortfall.get().required()).isEqualTo("CVC hoặc CVCC");
    }

    @Test
    void equalMeansEqualNotPrefixAndCaseOrDiacriticsDoNotMatter() {
        assertThat(PRINCIPAL_NEEDS_CVC.check(person(StaffCategory.CIVIL_SERVANT, "01.002", false, "cvc", null, null,
                null))).isEmpty();
        assertThat(PRINCIPAL_NEEDS_CVC.check(person(StaffCategory.CIVIL_SERVANT, "01.002", false, "CVCC", null, null,
                null))).isEmpty();
        assertThat(LEADER_NEEDS_THEORY.check(person(StaffCategory.CIVIL_SERVANT, null, true, null, "trung cap", null,
                null))).isEmpty();
        // "CV" is not "CVC" even though one begins the other
        assertThat(PRINCIPAL_NEEDS_CVC.check(person(StaffCategory.CIVIL_SERVANT, "01.002", false, "CV", null, null,
                null))).isPresent();
    }

    @Test
    void aRuleAppliesOnlyWhenEveryConditionHolds() {
        var specialist = person(StaffCategory.CIVIL_SERVANT, "01.003", false, null, null, null, null);
        assertThat(PRINCIPAL_NEEDS_CVC.appliesTo(specialist)).isFalse();
        assertThat(PRINCIPAL_NEEDS_CVC.check(specialist)).isEmpty();
        var leaderWithElementary = person(StaffCategory.CIVIL_SERVANT, "01.003", true, "CV", "Sơ cấp", null, null);
        assertThat(LEADER_NEEDS_THEORY.check(leaderWithElementary)).get()
                .extracting(StandardRule.Shortfall::current).isEqualTo("Sơ cấp");
        var nonLeader = person(StaffCategory.CIVIL_SERVANT, "01.003", false, "CV", "Sơ cấp", null, null);
        assertThat(LEADER_NEEDS_THEORY.check(nonLeader)).isEmpty();
        var employee = person(StaffCategory.PUBLIC_EMPLOYEE, "01.003", false, null, null, "Cao đẳng", null);
        assertThat(DEGREE.check(employee)).isEmpty();
    }

    @Test
    void anEmptyFieldIsMissingAndReportedAsNull() {
        var s = person(StaffCategory.CIVIL_SERVANT, "01.002", false, "  ", null, null, null);
        assertThat(PRINCIPAL_NEEDS_CVC.check(s)).get().extracting(StandardRule.Shortfall::current).isNull();
        assertThat(IT.check(s)).isPresent();
        assertThat(IT.check(person(StaffCategory.CIVIL_SERVANT, "01.002", false, null, null, null, "Chứng chỉ cơ bản")))
                .isEmpty();
    }

    @Test
    void containsAnyMatchesInsideLongerText() {
        assertThat(DEGREE.check(person(StaffCategory.CIVIL_SERVANT, "01.003", false, null, null,
                "Thạc sĩ Quản lý công", null))).isEmpty();
        assertThat(DEGREE.check(person(StaffCategory.CIVIL_SERVANT, "01.003", false, null, null, "Cao đẳng Văn thư",
                null))).isPresent();
    }

    @Test
    void conditionAndRequirementReadAsText() {
        assertThat(PRINCIPAL_NEEDS_CVC.conditionText()).isEqualTo("ngạch 01.002");
        assertThat(DEGREE.conditionText()).isEqualTo("Công chức, ngạch 01.003");
        assertThat(LEADER_NEEDS_THEORY.conditionText()).isEqualTo("lãnh đạo, quản lý");
        assertThat(IT.requiredText()).isEqualTo("có thông tin");
    }
}
