package vn.boiduong.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.boiduong.common.InvalidInputException;

/**
 * Dates typed on pages: always dd/MM/yyyy, whatever the browser's language (a native date input
 * shows mm/dd/yyyy in an English browser). A day that is written right but does not exist
 * (31/02/1990) is told apart from a wrong format, for form objects (through the binder's error
 * processor: message code {@value #NONEXISTENT}) and for single request parameters ({@link #parse}).
 */
@ControllerAdvice
public class DayInputs {

    /** The message code of a well-formed day that does not exist. */
    public static final String NONEXISTENT = "dateNonexistent";
    public static final String NONEXISTENT_TEXT = "Ngày không tồn tại (ví dụ 31/02): hãy kiểm tra ngày và tháng.";
    public static final String FORMAT_TEXT = "Ngày không hợp lệ, hãy nhập theo dạng dd/MM/yyyy.";

    private static final Pattern WELL_FORMED = Pattern.compile("\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*");
    private static final Pattern ISO = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}\\s*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Whether the text has the form of a day (d/M/yyyy) whatever its numbers. */
    public static boolean wellFormed(String text) {
        return text != null && WELL_FORMED.matcher(text).matches();
    }

    /** Written as a day (d/M/yyyy) but no such day exists: 31/02/1990, 00/01/2026. */
    public static boolean nonexistent(String text) {
        if (!wellFormed(text)) {
            return false;
        }
        try {
            LocalDate.parse(text.strip(), DAY);
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    /**
     * A day from a page's text field; blank is {@code null}. A wrong form or a day that does not
     * exist is refused on the field, in Vietnamese.
     */
    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        if (ISO.matcher(text).matches()) {
            // what a native date input or an older bookmark sends; the page itself asks for dd/MM/yyyy
            try {
                day = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, NONEXISTENT_TEXT);
            }
        } else if (!wellFormed(text)) {
            throw InvalidInputException.of(field, FORMAT_TEXT);
        } else {
            try {
                day = LocalDate.parse(text.strip(), DAY);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, NONEXISTENT_TEXT);
            }
        }
        if (!vn.boiduong.common.Days.sensible(day)) {
            throw InvalidInputException.of(field, vn.boiduong.common.Days.RANGE_TEXT);
        }
        return day;
    }

    @InitBinder
    void bindDays(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DayAwareErrors());
    }

    /** Tells "31/02/1990" (no such day) from "1990-02-31" or "abc" (not the form asked for). */
    static final class DayAwareErrors extends DefaultBindingErrorProcessor {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            if (ex instanceof TypeMismatchException tm && LocalDate.class.equals(tm.getRequiredType())
                    && tm.getValue() instanceof String text && nonexistent(text)) {
                String field = ex.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), field, text, true,
                        result.resolveMessageCodes(NONEXISTENT, field), new Object[0], NONEXISTENT_TEXT));
                return;
            }
            super.processPropertyAccessException(ex, result);
        }
    }
}
