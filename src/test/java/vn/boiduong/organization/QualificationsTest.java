package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.boiduong.common.TrainingCategory;

/** A completed class raises a qualification only upward. */
class QualificationsTest {

    @Test
    void politicalTheoryAndStateManagementAreRaised() {
        assertThat(Qualifications.field(TrainingCategory.POLITICAL_THEORY)).contains("politicalTheory");
        assertThat(Qualifications.field(TrainingCategory.STATE_MANAGEMENT)).contains("stateManagement");
        assertThat(Qualifications.field(TrainingCategory.DIGITAL)).isEmpty();
        assertThat(Qualifications.field(null)).isEmpty();
    }

    @Test
    void aHigherLevelRaisesTheField() {
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE", "Sơ cấp")).contains("Trung cấp");
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE", null)).contains("Trung cấp");
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, "ADVANCED", " trung cấp ")).contains("Cao cấp");
        assertThat(Qualifications.raised(TrainingCategory.STATE_MANAGEMENT, "PRINCIPAL", "CV")).contains("CVC");
        assertThat(Qualifications.raised(TrainingCategory.STATE_MANAGEMENT, "SPECIALIST", "")).contains("CV");
    }

    @Test
    void anEqualOrLowerLevelChangesNothing() {
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE", "Trung cấp")).isEmpty();
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, "ELEMENTARY", "Cao cấp")).isEmpty();
        assertThat(Qualifications.raised(TrainingCategory.STATE_MANAGEMENT, "OFFICER", "CVCC")).isEmpty();
    }

    @Test
    void anUnknownLevelOrAHandTypedValueChangesNothing() {
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, "NOPE", "Sơ cấp")).isEmpty();
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, null, "Sơ cấp")).isEmpty();
        assertThat(Qualifications.raised(TrainingCategory.POLITICAL_THEORY, "ADVANCED", "Cử nhân chính trị")).isEmpty();
        assertThat(Qualifications.raised(TrainingCategory.DIGITAL, "ADVANCED", null)).isEmpty();
    }
}
