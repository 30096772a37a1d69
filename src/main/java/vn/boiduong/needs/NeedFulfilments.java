package vn.boiduong.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.organization.StaffCard;
import vn.boiduong.organization.StaffService;

/**
 * B5 closes the loop of B1: a need is fulfilled, person by person, when someone completes the class
 * that served it. {@code delivery} calls {@link #fulfil}; the need's page lists {@link #of}. A person
 * counts for a need when the need names them, or (a need that names nobody) when they are of the
 * need's unit; the need must be of the person's agency.
 */
@Service
@Transactional(readOnly = true)
public class NeedFulfilments {

    /** A person for whom the need is fulfilled, and when. */
    public record Fulfilled(Long staffId, String fullName, Long classId, LocalDate fulfilledOn) {
    }

    private final JdbcTemplate jdbc;
    private final StaffService staff;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    NeedFulfilments(JdbcTemplate jdbc, StaffService staff, org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks these needs fulfilled for the person by the class (once: a second completion changes
     * nothing); answers the ids of the needs newly fulfilled.
     */
    @Transactional
    public List<Long> fulfil(Collection<Long> needIds, Long staffId, Long classId, LocalDate on) {
        if (needIds == null || needIds.isEmpty()) {
            return List.of();
        }
        List<Long> counted = jdbc.queryForList("select n.id from training_need n join staff s on s.id = ? "
                + "where n.id in (" + needIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ") "
                + "and n.agency_id = s.agency_id and not exists (select 1 from need_fulfilment f "
                + "where f.need_id = n.id and f.staff_id = s.id) and (exists (select 1 from training_need_staff t "
                + "where t.need_id = n.id and t.staff_id = s.id) or (n.unit_id = s.unit_id and not exists "
                + "(select 1 from training_need_staff t2 where t2.need_id = n.id))) order by n.id", Long.class,
                args(staffId, needIds));
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long needId : counted) {
            jdbc.update("insert into need_fulfilment (need_id, staff_id, class_id, fulfilled_on, recorded_at) "
                    + "values (?, ?, ?, ?, ?)", needId, staffId, classId, on, now);
            events.publishEvent(AuditEvent.of("FULFIL", "need", needId, "Nhu cầu đã được đáp ứng cho cán bộ #"
                    + staffId + " (hoàn thành lớp #" + classId + ")"));
        }
        return counted;
    }

    /** The people for whom the need is fulfilled, by name (the need's page; its reader was checked). */
    public List<Fulfilled> of(Long needId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select staff_id, class_id, fulfilled_on from "
                + "need_fulfilment where need_id = ? order by fulfilled_on, staff_id", needId);
        Map<Long, String> names = staff.cards(rows.stream().map(r -> ((Number) r.get("staff_id")).longValue())
                .toList()).stream().collect(Collectors.toMap(StaffCard::id, StaffCard::fullName));
        return rows.stream().map(r -> {
            Long s = ((Number) r.get("staff_id")).longValue();
            Object c = r.get("class_id");
            return new Fulfilled(s, names.get(s), c == null ? null : ((Number) c).longValue(),
                    date(r.get("fulfilled_on")));
        }).toList();
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l
                : LocalDate.parse(String.valueOf(o).substring(0, 10));
    }

    private static Object[] args(Long first, Collection<Long> rest) {
        Object[] a = new Object[rest.size() + 1];
        a[0] = first;
        int i = 1;
        for (Long id : rest) {
            a[i++] = id;
        }
        return a;
    }
}
