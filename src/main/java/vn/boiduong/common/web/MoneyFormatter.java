package vn.boiduong.common.web;

import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Money as people type and read it in Vietnam: "12.000.000" (dots, or spaces, between thousands) or
 * "12000000", with or without a trailing "đ" (or "đồng", "VND", "VNĐ"); shown back as "12.000.000".
 * The one convention of every page's money field ({@link MoneyFormat}); the JSON API takes numbers.
 */
public final class MoneyFormatter implements Formatter<Long> {

    private static final Pattern TYPED = Pattern.compile("^\\d{1,3}([.\\s]\\d{3})*$|^\\d+$");
    private static final Pattern CURRENCY = Pattern.compile("(?iu)\\s*(đ|đồng|vnd|vnđ)$");
    /** More digits than any budget (and than a long holds). */
    private static final int MAX_DIGITS = 15;

    /** @throws ParseException for anything that is not an amount (an empty field never gets here: it is null) */
    @Override
    public Long parse(String typed, Locale locale) throws ParseException {
        String s = CURRENCY.matcher(typed.replace('\u00a0', ' ').strip()).replaceFirst("").strip();
        if (!TYPED.matcher(s).matches() || s.replaceAll("\\D", "").length() > MAX_DIGITS) {
            throw new ParseException("Không phải số tiền: " + typed, 0);
        }
        return Long.parseLong(s.replaceAll("\\D", ""));
    }

    /** "1.250.000", without the currency sign, for a form field. */
    @Override
    public String print(Long amount, Locale locale) {
        return PageHelpers.vnd(amount).replace(" đ", "");
    }

    /** Binds {@link MoneyFormat} to this formatter (registered once, in {@link WebConfig}). */
    static final class Annotated implements AnnotationFormatterFactory<MoneyFormat> {

        private static final MoneyFormatter FORMATTER = new MoneyFormatter();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(Long.class);
        }

        @Override
        public Printer<Long> getPrinter(MoneyFormat annotation, Class<?> fieldType) {
            return FORMATTER;
        }

        @Override
        public Parser<Long> getParser(MoneyFormat annotation, Class<?> fieldType) {
            return FORMATTER;
        }
    }
}
