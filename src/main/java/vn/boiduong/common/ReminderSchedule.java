package vn.boiduong.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a due date is reminded of: on each of the set days before it ({@code boiduong.reminders.days-before},
 * e.g. 3 and 1) and once after it was missed. A stage covers the days up to the next one, so a job
 * that did not run on the exact day (a node down, a holiday restart) still reminds the next morning;
 * the reminder log's unique key keeps each stage to one reminder. A missed date is reminded for
 * {@code boiduong.reminders.overdue-days} days at most, so old misses do not come back.
 *
 * <p>Used by the notification module's one reminder job for every due date the steps report.
 */
@Component
public class ReminderSchedule {

    public static final String OVERDUE = "OVERDUE";

    /**
     * @param stage    {@code BEFORE_3}, {@code BEFORE_1} … or {@link #OVERDUE}
     * @param daysLeft days from today to the due date (negative once missed)
     */
    public record Due(String stage, long daysLeft) {
        public boolean overdue() {
            return OVERDUE.equals(stage);
        }
    }

    private final List<Integer> daysBefore;
    private final int overdueDays;

    public ReminderSchedule(@Value("${boiduong.reminders.days-before:3,1}") List<Integer> daysBefore,
            @Value("${boiduong.reminders.overdue-days:7}") int overdueDays) {
        TreeSet<Integer> days = new TreeSet<>();
        for (Integer d : daysBefore) {
            if (d == null || d < 0 || d > 60) {
                throw new IllegalArgumentException("boiduong.reminders.days-before: 0..60 days, got " + d);
            }
            days.add(d);
        }
        if (overdueDays < 1 || overdueDays > 60) {
            throw new IllegalArgumentException("boiduong.reminders.overdue-days: 1..60, got " + overdueDays);
        }
        this.daysBefore = List.copyOf(days);
        this.overdueDays = overdueDays;
    }

    /** The stage of a due date on a day, or empty when nothing is to be reminded that day. */
    public Optional<Due> on(LocalDate dueDate, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, dueDate);
        if (left < 0) {
            return -left <= overdueDays ? Optional.of(new Due(OVERDUE, left)) : Optional.empty();
        }
        // the nearest set day at or above what is left: 2 days left falls in "3 days before"
        return daysBefore.stream().filter(d -> left <= d).findFirst().map(d -> new Due("BEFORE_" + d, left));
    }

    /** The first and last due dates that have a stage on {@code today}: what a job has to look at. */
    public LocalDate earliestDue(LocalDate today) {
        return today.minusDays(overdueDays);
    }

    public LocalDate latestDue(LocalDate today) {
        return today.plusDays(daysBefore.isEmpty() ? 0 : daysBefore.get(daysBefore.size() - 1));
    }
}
