package vn.boiduong.procedure;

import java.time.LocalDate;

/**
 * An act a step's module offers someone on the home page ("what you have to do next").
 *
 * @param key    message key of the text (i18n/procedure*.properties)
 * @param href   the page that does it
 * @param dueBy  the date it is due, when known
 * @param missed the date has passed and it is not done: shown as "quá hạn"
 */
public record NextStep(String key, String href, LocalDate dueBy, boolean missed) {

    public NextStep(String key, String href) {
        this(key, href, null, false);
    }
}
