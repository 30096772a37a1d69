package vn.boiduong.audit.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.StaffField;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanStatus;

/**
 * The trail's detail text as people read it. The trail is append-only: lines written before a
 * writer learned to speak in words (or by a writer that still quotes a value as stored) keep their
 * codes, ISO dates, bare amounts and sign-in names for ever. The page reads them out: codes become
 * their labels, dates dd/MM/yyyy, amounts "1.250.000 đ", accounts their holders' full names. The
 * stored line and the API are unchanged.
 */
@Component
class ReadableDetail {

    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:T[\\d:.]+)?(?![\\d-])");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(\\d{4,})(\\s?đ)(?!\\p{L})");
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d_.-])[A-Z][A-Z_]{3,}(?![\\p{L}\\d_.-])");
    private static final Pattern ACCOUNT = Pattern.compile("(?<![\\p{L}\\d_.@-])[a-z][a-z0-9]*(?:\\.[a-z0-9]+)*(?![\\p{L}\\d_@-])");

    private final UserDirectory people;
    private final MessageSource messages;
    private final Map<String, String> labels = new HashMap<>();

    ReadableDetail(UserDirectory people, MessageSource messages) {
        this.people = people;
        this.messages = messages;
        Stream.of(NeedStatus.values()).forEach(s -> labels.put(s.name(), s.label()));
        Stream.of(PlanStatus.values()).forEach(s -> labels.put(s.name(), s.label()));
        Stream.of(ClassStatus.values()).forEach(s -> labels.put(s.name(), s.label()));
        Stream.of(ItemKind.values()).forEach(s -> labels.put(s.name(), s.label()));
        Stream.of(FundingSource.values()).forEach(s -> labels.put(s.name(), s.label()));
        Stream.of(TrainingCategory.values()).forEach(s -> labels.put(s.name(), s.label()));
        Stream.of(StaffField.values()).forEach(s -> labels.put(s.name(), s.label()));
        Stream.of(CompetencyGroup.values()).forEach(s -> labels.put(s.name(), s.label()));
    }

    /** The details of one page of the trail, read out; one look-up of the accounts they name. */
    Map<String, String> readable(Collection<String> details) {
        Set<String> words = new LinkedHashSet<>();
        details.stream().filter(d -> d != null).forEach(d -> {
            Matcher m = ACCOUNT.matcher(d);
            while (m.find()) {
                words.add(m.group());
            }
        });
        Map<String, String> accounts = people.knownFullNamesOf(words);
        Map<String, String> out = new HashMap<>();
        details.stream().filter(d -> d != null).forEach(d -> out.put(d, read(d, accounts)));
        return out;
    }

    String read(String detail, Map<String, String> accounts) {
        String s = ISO_DATE.matcher(detail).replaceAll(m -> Matcher.quoteReplacement(day(m)));
        s = AMOUNT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(PageHelpers.vnd(Long.parseLong(m.group(1)))));
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(label(m.group())));
        return ACCOUNT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(accounts.getOrDefault(m.group(), m.group())));
    }

    private static String day(java.util.regex.MatchResult m) {
        try {
            return PageHelpers.DATE.format(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return m.group(); // not a day after all: left as written
        }
    }

    private String label(String code) {
        if (labels.containsKey(code)) {
            return labels.get(code);
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (Role r : Role.values()) {
            if (r.name().equals(code)) {
                return messages.getMessage("role." + code, null, code, locale);
            }
        }
        return messages.getMessage("audit.action." + code, null, code, locale);
    }
}
