package vn.boiduong.common.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Formats for pages, as {@code @fmt} in templates: dates dd/MM/yyyy and money as "1.250.000 đ",
 * whatever the interface language.
 */
@Component("fmt")
public class PageHelpers {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String dateTime(Object t) {
        if (t == null) {
            return "";
        }
        LocalDateTime dt = t instanceof LocalDateTime l ? l : LocalDateTime.parse(t.toString());
        return DATE_TIME.format(dt);
    }

    public static String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount).replace('\u00a0', '.')
                + " đ";
    }

    public String money(Long amount) {
        return amount == null ? "" : vnd(amount);
    }
}
