package vn.boiduong.organization.importing;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the import bundle (i18n/import*.properties). */
@Component
class ImportMessages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ImportMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Always Vietnamese: for what is stored (row reasons, final messages) and read later by anyone. */
    String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }

    /** In the language of the current request: for an answer given at once. */
    String current(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
