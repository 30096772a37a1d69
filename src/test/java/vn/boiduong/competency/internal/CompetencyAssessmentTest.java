package vn.boiduong.competency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.boiduong.common.InvalidInputException;

/** "A new assessment closes the old one": the history rule of current competencies, without Spring. */
class CompetencyAssessmentTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 1, 9, 0);

    static CompetencyAssessment assessment(long staff, long competency, int level, LocalDate on) {
        return new CompetencyAssessment(staff, competency, level, on, "chuyenvien", null, NOW);
    }

    @Test
    void aNewAssessmentClosesTheCurrentOneOnItsDate() {
        var old = assessment(1, 7, 2, LocalDate.of(2023, 12, 1));
        var next = assessment(1, 7, 4, LocalDate.of(2025, 3, 15));
        assertThat(old.isCurrent()).isTrue();
        old.supersededBy(next);
        assertThat(old.isCurrent()).isFalse();
        assertThat(old.getValidTo()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(next.isCurrent()).isTrue();
        // the old level still answers for the days it was in force, the new one from its date on
        assertThat(old.validOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(old.validOn(LocalDate.of(2025, 3, 15))).isFalse();
        assertThat(next.validOn(LocalDate.of(2025, 3, 15))).isTrue();
        assertThat(next.validOn(LocalDate.of(2025, 3, 14))).isFalse();
    }

    @Test
    void aNewAssessmentMayNotBeDatedBeforeTheCurrentOne() {
        var current = assessment(1, 7, 3, LocalDate.of(2025, 3, 15));
        var backdated = assessment(1, 7, 4, LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> current.supersededBy(backdated)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("15/03/2025");
        assertThat(current.isCurrent()).isTrue();
    }

    @Test
    void aClosedAssessmentCannotBeClosedAgainNorByAnotherPersonsAssessment() {
        var old = assessment(1, 7, 2, LocalDate.of(2023, 12, 1));
        old.supersededBy(assessment(1, 7, 3, LocalDate.of(2024, 12, 1)));
        assertThatThrownBy(() -> old.supersededBy(assessment(1, 7, 4, LocalDate.of(2025, 1, 1))))
                .isInstanceOf(IllegalStateException.class);
        var mine = assessment(1, 7, 2, LocalDate.of(2023, 12, 1));
        assertThatThrownBy(() -> mine.supersededBy(assessment(2, 7, 3, LocalDate.of(2024, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mine.supersededBy(assessment(1, 8, 3, LocalDate.of(2024, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mine.isCurrent()).isTrue();
    }

    @Test
    void levelsAreOneToFive() {
        assertThatThrownBy(() -> assessment(1, 7, 0, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 đến 5");
        assertThatThrownBy(() -> assessment(1, 7, 6, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
