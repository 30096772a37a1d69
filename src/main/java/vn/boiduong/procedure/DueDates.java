package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The internal due dates of one year, derived from the province's registration due date: the plan
 * must be registered (B3, "Trước 3 ngày") and approved (B4, "Trước 1 ngày") that many days before
 * it. The offsets come from the procedure document, so a revision of the procedure changes them in
 * one place.
 */
public record DueDates(LocalDate registrationDueDate, int registerOffsetDays, int approveOffsetDays,
        LocalDate registerBy, LocalDate approveBy) {

    public static final int MAX_OFFSET_DAYS = 60;

    public DueDates {
        Objects.requireNonNull(registrationDueDate, "registrationDueDate");
        checkOffset(registerOffsetDays);
        checkOffset(approveOffsetDays);
        // the record is handed to other modules: it cannot carry dates that disagree with its offsets
        if (!registrationDueDate.minusDays(registerOffsetDays).equals(registerBy)
                || !registrationDueDate.minusDays(approveOffsetDays).equals(approveBy)) {
            throw new IllegalArgumentException("registerBy/approveBy do not follow from the due date and offsets");
        }
    }

    /** registerBy = due − registerOffsetDays, approveBy = due − approveOffsetDays (calendar days). */
    public static DueDates of(LocalDate registrationDueDate, int registerOffsetDays, int approveOffsetDays) {
        Objects.requireNonNull(registrationDueDate, "registrationDueDate");
        return new DueDates(registrationDueDate, registerOffsetDays, approveOffsetDays,
                registrationDueDate.minusDays(registerOffsetDays), registrationDueDate.minusDays(approveOffsetDays));
    }

    private static void checkOffset(int days) {
        if (days < 0 || days > MAX_OFFSET_DAYS) {
            throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET_DAYS + " days: " + days);
        }
    }
}
