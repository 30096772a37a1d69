package vn.boiduong.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The B3/B4 due dates derived from the province's registration due date (no Spring). */
class DueDatesTest {

    @Test
    void seedOffsetsGiveRegisterThreeDaysAndApproveOneDayBefore() {
        DueDates d = DueDates.of(LocalDate.of(2027, 1, 20), 3, 1);
        assertThat(d.registerBy()).isEqualTo(LocalDate.of(2027, 1, 17));
        assertThat(d.approveBy()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(d.registrationDueDate()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void offsetsCountCalendarDaysAcrossMonthYearAndLeapDay() {
        assertThat(DueDates.of(LocalDate.of(2027, 1, 2), 3, 1).registerBy()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(DueDates.of(LocalDate.of(2028, 3, 1), 3, 1).approveBy()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DueDates.of(LocalDate.of(2027, 3, 1), 3, 1).registerBy()).isEqualTo(LocalDate.of(2027, 2, 26));
    }

    @Test
    void zeroOffsetMeansOnTheDueDateItself() {
        DueDates d = DueDates.of(LocalDate.of(2027, 1, 20), 0, 0);
        assertThat(d.registerBy()).isEqualTo(d.registrationDueDate());
        assertThat(d.approveBy()).isEqualTo(d.registrationDueDate());
    }

    @Test
    void aRevisedProcedureChangesTheDatesThroughItsOffsets() {
        DueDates d = DueDates.of(LocalDate.of(2027, 1, 20), 10, 5);
        assertThat(d.registerBy()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(d.approveBy()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void offsetsOutsideZeroToSixtyOrAMissingDateAreRefused() {
        LocalDate due = LocalDate.of(2027, 1, 20);
        assertThatThrownBy(() -> DueDates.of(due, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueDates.of(due, 61, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueDates.of(due, 3, 61)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueDates.of(null, 3, 1)).isInstanceOf(NullPointerException.class);
        assertThat(DueDates.of(due, 60, 60).registerBy()).isEqualTo(due.minusDays(60));
    }

    @Test
    void datesThatDisagreeWithTheOffsetsCannotBeBuilt() {
        LocalDate due = LocalDate.of(2027, 1, 20);
        assertThatThrownBy(() -> new DueDates(due, 3, 1, due.minusDays(2), due.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DueDates(due, 3, 1, due.minusDays(3), due.minusDays(1))).isEqualTo(DueDates.of(due, 3, 1));
    }
}
