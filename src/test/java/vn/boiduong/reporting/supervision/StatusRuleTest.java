package vn.boiduong.reporting.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.reporting.SupervisionStatus;

/** The status rules of B6's supervision, without Spring: the defaults and a rule set taking effect later. */
class StatusRuleTest {

    static final StatusRule DEFAULT = new StatusRule(LocalDate.of(2000, 1, 1), 14, 7, 50, "Mặc định");
    static final LocalDate START = LocalDate.of(2060, 3, 20);
    static final LocalDate END = LocalDate.of(2060, 3, 24);

    static StatusRule.Facts facts(ClassStatus status, int headcount, long enrolled) {
        return new StatusRule.Facts(status, START, END, headcount, enrolled);
    }

    @Test
    void cancelledAndFinishedClassesAreCancelledAndDoneWhateverTheDate() {
        LocalDate late = START.plusDays(100);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.CANCELLED, 10, 0), late)).isEqualTo(SupervisionStatus.CANCELLED);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.FINISHED, 10, 10), late)).isEqualTo(SupervisionStatus.DONE);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.CLOSED, 10, 10), late)).isEqualTo(SupervisionStatus.DONE);
    }

    @Test
    void notStartedFourteenDaysAfterThePlannedStartIsLate() {
        assertThat(DEFAULT.statusOf(facts(ClassStatus.PLANNED, 10, 10), START.plusDays(13)))
                .isEqualTo(SupervisionStatus.ON_TRACK);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.PLANNED, 10, 10), START.plusDays(14)))
                .isEqualTo(SupervisionStatus.LATE);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 10, 0), START.plusDays(30)))
                .isEqualTo(SupervisionStatus.LATE);
    }

    @Test
    void enrolmentBelowHalfTheHeadcountSevenDaysBeforeTheStartIsAtRisk() {
        // 4 of 10 is below half: at risk from 7 days before the start, not 8
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 10, 4), START.minusDays(8)))
                .isEqualTo(SupervisionStatus.ON_TRACK);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 10, 4), START.minusDays(7)))
                .isEqualTo(SupervisionStatus.AT_RISK);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.PLANNED, 10, 0), START.plusDays(3)))
                .isEqualTo(SupervisionStatus.AT_RISK);
        // exactly half is not below half
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 10, 5), START.minusDays(7)))
                .isEqualTo(SupervisionStatus.ON_TRACK);
        // an odd headcount: 2 of 5 is below half, 3 of 5 is not
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 5, 2), START)).isEqualTo(SupervisionStatus.AT_RISK);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 5, 3), START)).isEqualTo(SupervisionStatus.ON_TRACK);
    }

    @Test
    void lateWinsOverAtRisk() {
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 10, 0), START.plusDays(14)))
                .isEqualTo(SupervisionStatus.LATE);
    }

    @Test
    void aClassStillRunningFourteenDaysAfterItsPlannedEndIsLate() {
        assertThat(DEFAULT.statusOf(facts(ClassStatus.IN_PROGRESS, 10, 1), START.plusDays(3)))
                .isEqualTo(SupervisionStatus.ON_TRACK);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.IN_PROGRESS, 10, 1), END.plusDays(13)))
                .isEqualTo(SupervisionStatus.ON_TRACK);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.IN_PROGRESS, 10, 1), END.plusDays(14)))
                .isEqualTo(SupervisionStatus.LATE);
    }

    @Test
    void theRuleSetInForceIsTheLatestThatTookEffectOnOrBeforeTheDay() {
        StatusRule stricter = new StatusRule(LocalDate.of(2060, 1, 1), 7, 10, 80, "Sửa đổi 2060");
        List<StatusRule> rules = List.of(stricter, DEFAULT);
        assertThat(StatusRule.inForce(rules, LocalDate.of(2059, 12, 31))).contains(DEFAULT);
        assertThat(StatusRule.inForce(rules, LocalDate.of(2060, 1, 1))).contains(stricter);
        assertThat(StatusRule.inForce(rules, LocalDate.of(1999, 12, 31))).isEmpty();
        // the stricter set: late after 7 days, at risk below 80 % 10 days before
        assertThat(stricter.statusOf(facts(ClassStatus.PLANNED, 10, 10), START.plusDays(7)))
                .isEqualTo(SupervisionStatus.LATE);
        assertThat(stricter.statusOf(facts(ClassStatus.OPEN, 10, 7), START.minusDays(10)))
                .isEqualTo(SupervisionStatus.AT_RISK);
        assertThat(DEFAULT.statusOf(facts(ClassStatus.OPEN, 10, 7), START.minusDays(10)))
                .isEqualTo(SupervisionStatus.ON_TRACK);
    }
}
