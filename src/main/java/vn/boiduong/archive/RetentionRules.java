package vn.boiduong.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.archive.internal.ArchiveStore;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.Days;
import vn.boiduong.common.InvalidInputException;

/**
 * The retention schedule (thời hạn bảo quản) as data: per record type, permanent or N years with its
 * legal basis, from an effective date, edited by the administrator (a new row, never an overwrite, so
 * the schedule's history stays). A set is kept as long as the longest of its documents' types asks;
 * its years count from the year after it was closed ("tính từ năm công việc kết thúc"), so a set
 * closed in 2026 and kept 10 years may be disposed of from 01/01/2037.
 */
@Service
@Transactional(readOnly = true)
public class RetentionRules {

    public static final String AUDIT_TYPE = "retention-rule";

    /** A rule as the page and the API show it. {@code years} null: permanent (vĩnh viễn). */
    public record Rule(Long id, RecordType type, String typeLabel, Integer years, String yearsLabel, String legalBasis,
            LocalDate effectiveFrom, boolean inForce) {
    }

    /** How long a set is kept: permanent, or {@code years} (with the basis of the rule that decides it). */
    public record Retention(Integer years, String label, String legalBasis) {
        public boolean permanent() {
            return years == null;
        }
    }

    private final ArchiveStore store;
    private final ArchivePolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionRules(ArchiveStore store, ArchivePolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Every rule, newest first per type, marking the one in force today. */
    public List<Rule> list(Actor actor) {
        policy.readRetention(actor).orThrow();
        LocalDate today = LocalDate.now(clock);
        List<ArchiveStore.RetentionRow> rows = store.retentionRules();
        List<Rule> out = new ArrayList<>();
        for (ArchiveStore.RetentionRow r : rows) {
            Optional<ArchiveStore.RetentionRow> current = inForce(rows, r.type(), today);
            out.add(new Rule(r.id(), r.type(), r.type().label(), r.years(), yearsLabel(r.years()), r.legalBasis(),
                    r.effectiveFrom(), current.isPresent() && current.get().id().equals(r.id())));
        }
        return out;
    }

    /** A new rule for a type from a date (today or later, or a past date not yet taken). */
    @Transactional
    public Rule add(Actor actor, String type, Integer years, String legalBasis, LocalDate effectiveFrom) {
        policy.editRetention(actor).orThrow();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        RecordType t = RecordType.parse(type);
        if (t == null) {
            errors.add(new InvalidInputException.FieldError("type", "Loại tài liệu không có trong danh mục."));
        }
        if (years != null && (years < 1 || years > 100)) {
            errors.add(new InvalidInputException.FieldError("years",
                    "Thời hạn bảo quản phải từ 1 đến 100 năm (để trống: vĩnh viễn)."));
        }
        String basis = legalBasis == null ? "" : legalBasis.strip();
        if (basis.isEmpty() || basis.length() > 500) {
            errors.add(new InvalidInputException.FieldError("legalBasis", basis.isEmpty()
                    ? "Cần ghi căn cứ pháp lý của thời hạn." : "Căn cứ pháp lý dài quá 500 ký tự."));
        }
        if (effectiveFrom == null) {
            errors.add(new InvalidInputException.FieldError("effectiveFrom", "Cần ghi ngày áp dụng."));
        } else {
            Days.checkSensible(errors, "effectiveFrom", effectiveFrom);
        }
        if (errors.isEmpty() && store.retentionRuleExists(t, effectiveFrom)) {
            errors.add(new InvalidInputException.FieldError("effectiveFrom",
                    "Loại tài liệu này đã có thời hạn áp dụng từ ngày đó."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Thời hạn bảo quản chưa hợp lệ.", errors);
        }
        Long id = store.insertRetentionRule(t, years, basis, effectiveFrom, actor.username(), LocalDateTime.now(clock));
        events.publishEvent(AuditEvent.of("CREATE", AUDIT_TYPE, id, "Thời hạn bảo quản " + t.label() + ": "
                + yearsLabel(years) + " từ " + vn.boiduong.documents.VietnameseDates.shortDate(effectiveFrom)
                + " (" + basis + ")"));
        return new Rule(id, t, t.label(), years, yearsLabel(years), basis, effectiveFrom,
                !effectiveFrom.isAfter(LocalDate.now(clock)));
    }

    /** The retention of a set holding documents of {@code types}, by the rules in force on {@code day}. */
    public Retention retentionOf(Collection<RecordType> types, LocalDate day) {
        return retentionOf(store.retentionRules(), types, day);
    }

    /** The rule itself, on the schedule's rows (a unit test asks it without a database). */
    static Retention retentionOf(List<ArchiveStore.RetentionRow> rows, Collection<RecordType> types, LocalDate day) {
        Retention longest = null;
        for (RecordType t : types) {
            ArchiveStore.RetentionRow r = inForce(rows, t, day).orElse(null);
            if (r == null || r.years() == null) {
                // no rule at all is read as permanent: nothing leaves without a rule that lets it
                return new Retention(null, yearsLabel(null), r == null ? "Chưa có quy định cho " + t.label() : r.legalBasis());
            }
            if (longest == null || r.years() > longest.years()) {
                longest = new Retention(r.years(), yearsLabel(r.years()), r.legalBasis());
            }
        }
        return longest == null ? new Retention(null, yearsLabel(null), "Hồ sơ chưa có tài liệu") : longest;
    }

    /** The first day a closed set may be disposed of; null for a permanent or still open set. */
    public static LocalDate endsOn(Retention r, LocalDateTime closedAt) {
        if (r.permanent() || closedAt == null) {
            return null;
        }
        return LocalDate.of(closedAt.getYear() + r.years() + 1, 1, 1);
    }

    private static Optional<ArchiveStore.RetentionRow> inForce(List<ArchiveStore.RetentionRow> rows, RecordType t,
            LocalDate day) {
        return rows.stream().filter(r -> r.type() == t && !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(ArchiveStore.RetentionRow::effectiveFrom));
    }

    static String yearsLabel(Integer years) {
        return years == null ? "Vĩnh viễn" : years + " năm";
    }
}
