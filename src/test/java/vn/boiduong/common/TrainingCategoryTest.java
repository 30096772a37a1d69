package vn.boiduong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The categories and level codes are those of forms.md: the API and the official forms rely on them. */
class TrainingCategoryTest {

    @Test
    void categoriesAreThoseOfTheForms() {
        assertThat(List.of(TrainingCategory.values()).stream().map(Enum::name).toList()).containsExactly("DEGREE",
                "POLITICAL_THEORY", "STATE_MANAGEMENT", "PROFESSIONAL_TITLE", "LEADERSHIP", "DEFENSE_SECURITY",
                "JOB_POSITION", "DIGITAL", "FOREIGN_LANGUAGE", "ETHNIC_LANGUAGE", "OTHER");
        assertThat(TrainingCategory.POLITICAL_THEORY.label()).isEqualTo("Lý luận chính trị");
        assertThat(TrainingCategory.DIGITAL.label()).isEqualTo("Tin học, kỹ năng số");
    }

    @Test
    void eachCategoryAllowsOnlyItsOwnLevels() {
        assertThat(TrainingCategory.STATE_MANAGEMENT.levels().stream().map(TrainingCategory.Level::code))
                .containsExactly("SENIOR_PRINCIPAL", "PRINCIPAL", "SPECIALIST", "OFFICER");
        assertThat(TrainingCategory.DEFENSE_SECURITY.levels()).hasSize(4);
        assertThat(TrainingCategory.STATE_MANAGEMENT.allowsLevel("PRINCIPAL")).isTrue();
        assertThat(TrainingCategory.STATE_MANAGEMENT.allowsLevel("ADVANCED")).isFalse();
        assertThat(TrainingCategory.DIGITAL.allowsLevel(null)).isTrue();
        assertThat(TrainingCategory.DIGITAL.allowsLevel("BACHELOR")).isFalse();
        assertThat(TrainingCategory.DIGITAL.hasLevels()).isFalse();
    }

    @Test
    void labelsAndParsing() {
        assertThat(TrainingCategory.POLITICAL_THEORY.describe("INTERMEDIATE")).isEqualTo("Lý luận chính trị — Trung cấp");
        assertThat(TrainingCategory.PROFESSIONAL_TITLE.levelLabel("RANK_II")).isEqualTo("Hạng II");
        assertThat(TrainingCategory.parse("DIGITAL")).contains(TrainingCategory.DIGITAL);
        assertThat(TrainingCategory.parse("digital")).isEmpty();
        assertThat(TrainingCategory.parse(null)).isEmpty();
    }
}
