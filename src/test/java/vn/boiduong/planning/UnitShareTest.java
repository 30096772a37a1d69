package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting an item over the units whose needs it serves, and the due-date marks of the plan page. */
class UnitShareTest {

    private static ServedNeed need(long id, long unit, int headcount) {
        return new ServedNeed(id, unit, "Phòng " + unit, "Nhu cầu", "Tin học, kỹ năng số", "", headcount, 0, null);
    }

    @Test
    void headcountAndBudgetSplitInProportionAndAddUpExactly() {
        List<UnitShare> s = UnitShare.split(10, 1_000_000, List.of(need(1, 7, 1), need(2, 8, 1), need(3, 9, 1)));
        assertThat(s).extracting(UnitShare::unitId).containsExactly(7L, 8L, 9L);
        assertThat(s.stream().mapToInt(UnitShare::headcount).sum()).isEqualTo(10);
        assertThat(s.stream().mapToLong(UnitShare::budget).sum()).isEqualTo(1_000_000);
        assertThat(s).extracting(UnitShare::headcount).containsExactly(4, 3, 3);
    }

    @Test
    void twoNeedsOfOneUnitCountOnceAndAnItemWithoutNeedsIsUnassigned() {
        List<UnitShare> s = UnitShare.split(30, 900, List.of(need(1, 7, 10), need(2, 7, 10), need(3, 8, 20)));
        assertThat(s).extracting(UnitShare::headcount).containsExactly(15, 15);
        assertThat(UnitShare.split(5, 100, List.of())).singleElement()
                .satisfies(u -> assertThat(u.unitName()).isEqualTo("Chưa gắn nhu cầu"));
    }

    @Test
    void dueDatesWarnAWeekAheadAndAreOverdueTheDayAfter() {
        LocalDate due = LocalDate.of(2027, 1, 17);
        assertThat(PlanView.dueState(due, false, LocalDate.of(2027, 1, 1))).isEqualTo(PlanView.DueState.OK);
        assertThat(PlanView.dueState(due, false, LocalDate.of(2027, 1, 10))).isEqualTo(PlanView.DueState.NEAR);
        assertThat(PlanView.dueState(due, false, LocalDate.of(2027, 1, 17))).isEqualTo(PlanView.DueState.NEAR);
        assertThat(PlanView.dueState(due, false, LocalDate.of(2027, 1, 18))).isEqualTo(PlanView.DueState.OVERDUE);
        assertThat(PlanView.dueState(due, true, LocalDate.of(2027, 1, 18))).isEqualTo(PlanView.DueState.DONE);
    }
}
