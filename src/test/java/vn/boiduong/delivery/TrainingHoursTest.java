package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boiduong.organization.StaffCategory;

/** The rules of a person's hours: attended hours, the days × 8 of a class without sessions, the minimum and its share. */
class TrainingHoursTest {

    private static ClassSession session(long id, int day, String start, String end) {
        ClassSession s = new ClassSession(1L, new SessionData(LocalDate.of(2026, 3, day), LocalTime.parse(start),
                LocalTime.parse(end), null, "Chủ đề", null));
        try {
            Field f = ClassSession.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(s, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    @Test
    void hoursAreThoseOfTheSessionsThePersonWasPresentAt() {
        List<ClassSession> ss = List.of(session(1, 2, "08:00", "11:30"), session(2, 3, "13:30", "17:00"),
                session(3, 4, "08:00", "08:45"));
        assertThat(TrainingHours.attended(ss, Set.of(1L, 3L), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)))
                .isEqualByComparingTo("4.25");
        assertThat(TrainingHours.attended(ss, Set.of(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)))
                .isEqualByComparingTo("0");
        // a mark for a session of another class changes nothing
        assertThat(TrainingHours.attended(ss, Set.of(99L, 2L), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)))
                .isEqualByComparingTo("3.5");
    }

    @Test
    void aClassWithoutSessionsCountsItsDaysTimesEight() {
        assertThat(TrainingHours.attended(List.of(), Set.of(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)))
                .isEqualByComparingTo("40");
        assertThat(TrainingHours.attended(List.of(), Set.of(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)))
                .isEqualByComparingTo("8");
        assertThat(TrainingHours.days(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2))).isZero();
        assertThat(TrainingHours.days(null, LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void theMostSpecificMinimumInForceApplies() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        List<TrainingHours.Minimum> rows = List.of(
                new TrainingHours.Minimum(null, null, 40, LocalDate.of(2017, 11, 1)),
                new TrainingHours.Minimum(StaffCategory.CIVIL_SERVANT, null, 48, LocalDate.of(2025, 1, 1)),
                new TrainingHours.Minimum(StaffCategory.CIVIL_SERVANT, null, 56, LocalDate.of(2027, 1, 1)),
                new TrainingHours.Minimum(null, "Kế toán", 60, LocalDate.of(2024, 1, 1)));
        assertThat(TrainingHours.minimum(rows, StaffCategory.WORKER, null, day)).isEqualTo(40);
        assertThat(TrainingHours.minimum(rows, StaffCategory.CIVIL_SERVANT, "Chuyên viên", day)).isEqualTo(48);
        assertThat(TrainingHours.minimum(rows, StaffCategory.CIVIL_SERVANT, "Chuyên viên", LocalDate.of(2027, 2, 1)))
                .isEqualTo(56);
        assertThat(TrainingHours.minimum(rows, StaffCategory.CIVIL_SERVANT, " Kế toán ", day)).isEqualTo(60);
        assertThat(TrainingHours.minimum(rows, StaffCategory.CIVIL_SERVANT, null, LocalDate.of(2016, 1, 1)))
                .isEqualTo(TrainingHours.DEFAULT_MINIMUM);
        assertThat(TrainingHours.minimum(List.of(), StaffCategory.OFFICIAL, null, day)).isEqualTo(40);
    }

    @Test
    void theShareOfTheMinimumIsWholePercentAtMostAHundred() {
        assertThat(TrainingHours.share(new BigDecimal("7"), 40)).isEqualTo(17);
        assertThat(TrainingHours.share(new BigDecimal("39.99"), 40)).isEqualTo(99);
        assertThat(TrainingHours.share(new BigDecimal("40"), 40)).isEqualTo(100);
        assertThat(TrainingHours.share(new BigDecimal("120"), 40)).isEqualTo(100);
        assertThat(TrainingHours.share(BigDecimal.ZERO, 40)).isZero();
        assertThat(TrainingHours.share(BigDecimal.ZERO, 0)).isEqualTo(100);
    }

    @Test
    void hoursAreWrittenTheVietnameseWay() {
        assertThat(TrainingHours.text(new BigDecimal("7.00"))).isEqualTo("7");
        assertThat(TrainingHours.text(new BigDecimal("3.50"))).isEqualTo("3,5");
        assertThat(TrainingHours.text(new BigDecimal("40"))).isEqualTo("40");
        assertThat(TrainingHours.text(null)).isEqualTo("0");
    }
}
