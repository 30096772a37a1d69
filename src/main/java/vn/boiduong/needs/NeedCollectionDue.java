package vn.boiduong.needs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The year's collection of needs is near its due date, or past it, and some units have sent
 * nothing: published by the daily reminder job of this module, once per collection and run; the
 * notification module reminds those units' heads (once per stage, however often this is published).
 *
 * @param stage        {@code BEFORE_3}, {@code BEFORE_1} … or {@code OVERDUE} (common's ReminderSchedule)
 * @param daysLeft     days from the run's date to the due date, negative once missed
 * @param unitsNotSent active units of the agency that have sent nothing to this year's collection
 */
public record NeedCollectionDue(Long agencyId, Long collectionId, int year, LocalDate dueDate, String stage,
        long daysLeft, List<Long> unitsNotSent, LocalDateTime at) {

    public boolean overdue() {
        return "OVERDUE".equals(stage);
    }
}
