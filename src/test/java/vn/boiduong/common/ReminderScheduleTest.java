package vn.boiduong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stage of a due date a day falls in: 3 and 1 days before, and a week after a miss. */
class ReminderScheduleTest {

    static final LocalDate DUE = LocalDate.of(2027, 1, 17);
    final ReminderSchedule schedule = new ReminderSchedule(List.of(1, 3), 7);

    private String stage(LocalDate today) {
        return schedule.on(DUE, today).map(ReminderSchedule.Due::stage).orElse("-");
    }

    @Test
    void eachDayFallsInTheNearestStageAtOrAboveWhatIsLeft() {
        assertThat(stage(DUE.minusDays(4))).isEqualTo("-");
        assertThat(stage(DUE.minusDays(3))).isEqualTo("BEFORE_3");
        // a run missed on the third day still reminds on the second
        assertThat(stage(DUE.minusDays(2))).isEqualTo("BEFORE_3");
        assertThat(stage(DUE.minusDays(1))).isEqualTo("BEFORE_1");
        assertThat(stage(DUE)).isEqualTo("BEFORE_1");
        assertThat(stage(DUE.plusDays(1))).isEqualTo("OVERDUE");
        assertThat(stage(DUE.plusDays(7))).isEqualTo("OVERDUE");
        assertThat(stage(DUE.plusDays(8))).isEqualTo("-");
        assertThat(schedule.on(DUE, DUE.plusDays(1)).orElseThrow().daysLeft()).isEqualTo(-1);
        assertThat(schedule.on(DUE, DUE.minusDays(2)).orElseThrow().daysLeft()).isEqualTo(2);
    }

    @Test
    void theWindowAJobLooksAtCoversEveryStage() {
        LocalDate today = LocalDate.of(2027, 1, 10);
        assertThat(schedule.earliestDue(today)).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(schedule.latestDue(today)).isEqualTo(LocalDate.of(2027, 1, 13));
    }

    @Test
    void settingsOutOfRangeAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new ReminderSchedule(List.of(-1), 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSchedule(List.of(3), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
