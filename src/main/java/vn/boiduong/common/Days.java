package vn.boiduong.common;

import java.time.LocalDate;
import java.util.List;

/**
 * The days this application can mean: a birth, an assessment, a due date, a class, a decision all
 * fall between 1900 and 2100. Anything outside is a typing slip or an attack ({@code -999999999-01-01}
 * read back as year 169087565; {@code 20250101} read as a count of days), and is refused as bad input
 * on its field, in Vietnamese, wherever a day comes in: the API's JSON (common/web/JsonInput), the
 * pages' day fields (common/web/DayInputs), and every input record checked by {@link InputValidator}.
 * Narrower ranges that depend on what a day is (a birth date in the past, an item inside its plan's
 * year or the next) are checked where that day is known, with {@link #within}.
 */
public final class Days {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);
    public static final String RANGE_TEXT = "Ngày phải trong khoảng từ 01/01/1900 đến 31/12/2100.";

    private Days() {
    }

    /** Whether the day lies within 1900–2100 (null is not this method's business). */
    public static boolean sensible(LocalDate day) {
        return day == null || !day.isBefore(MIN) && !day.isAfter(MAX);
    }

    /** Adds an error on the field when the day is outside 1900–2100. */
    public static void checkSensible(List<InvalidInputException.FieldError> errors, String field, LocalDate day) {
        if (!sensible(day)) {
            errors.add(new InvalidInputException.FieldError(field, RANGE_TEXT));
        }
    }

    /**
     * Adds an error on the field when the day is outside [from, to]; the message names the range as
     * people read it (dd/MM/yyyy).
     */
    public static void within(List<InvalidInputException.FieldError> errors, String field, LocalDate day,
            LocalDate from, LocalDate to) {
        if (day != null && (day.isBefore(from) || day.isAfter(to))) {
            errors.add(new InvalidInputException.FieldError(field, "Ngày phải trong khoảng từ " + text(from)
                    + " đến " + text(to) + "."));
        }
    }

    /** The single-field form of {@link #within}: throws the 400 at once. */
    public static void requireWithin(String field, LocalDate day, LocalDate from, LocalDate to) {
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        within(errors, field, day, from, to);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
    }

    private static String text(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
