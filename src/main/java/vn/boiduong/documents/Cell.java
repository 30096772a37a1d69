package vn.boiduong.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a row: text, a number or a date, or empty. Numbers stay numbers all the way to the
 * file (numeric XLSX cells, right-aligned in DOCX and PDF), and text is never read as a formula.
 */
public sealed interface Cell permits Cell.Text, Cell.Number, Cell.Date, Cell.Empty {

    /** The JSON face of the cell: a string, a number, an ISO date string, or null. */
    Object value();

    record Text(String text) implements Cell {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object value() { return text; }
    }

    record Number(BigDecimal number) implements Cell {
        public Number {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Object value() { return number; }
    }

    record Date(LocalDate date) implements Cell {
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Object value() { return date.toString(); }
    }

    record Empty() implements Cell {
        @Override
        public Object value() { return null; }
    }

    Empty EMPTY = new Empty();

    static Cell text(String text) {
        return text == null ? EMPTY : new Text(text);
    }

    static Cell number(BigDecimal number) {
        return number == null ? EMPTY : new Number(number);
    }

    static Cell number(long number) {
        return new Number(BigDecimal.valueOf(number));
    }

    static Cell date(LocalDate date) {
        return date == null ? EMPTY : new Date(date);
    }

    /** Text stays text, whole and decimal numbers become numbers, dates dates, null empty. */
    static Cell of(Object value) {
        if (value == null) {
            return EMPTY;
        }
        if (value instanceof Cell c) {
            return c;
        }
        if (value instanceof BigDecimal d) {
            return new Number(d);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return new Number(BigDecimal.valueOf(((java.lang.Number) value).longValue()));
        }
        if (value instanceof java.lang.Number n) {
            return new Number(new BigDecimal(n.toString()));
        }
        if (value instanceof LocalDate d) {
            return new Date(d);
        }
        return new Text(value.toString());
    }
}
