package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.organization.StaffCategory;

/**
 * Read-only aggregate figures of an agency's year of B5, for the modules after it (reporting's report
 * to the Director and its dashboards): classes by status, enrolments and completions, allocation and
 * spending per unit, and how many active staff met their mandatory hours. Each figure is one
 * aggregate query; the caller checks who may read them (this service reads, it decides nothing).
 */
@Service
public class DeliveryFigures {

    /** The label of the money not tied to a unit. */
    public static final String NO_UNIT = "Không gắn với phòng, đơn vị";

    /** A status with the number of the year's classes in it. */
    public record StatusCount(String status, String label, long count) {
    }

    /** One unit's figures of the year (unitId null: the money not tied to a unit). */
    public record UnitFigures(Long unitId, String unitName, long staff, long enrolled, long completed,
            long allocated, long spent, long metHours, long hours) {
    }

    /** The year's figures: classes by status, units, and the totals (sums of the units' rows). */
    public record YearFigures(int year, List<StatusCount> classesByStatus, long classes, List<UnitFigures> units,
            long staff, long enrolled, long completed, long allocated, long spent, long metHours) {
    }

    /** A class of the Office's week: starts or ends in it, or is late (not started, or not finished, in time). */
    public record DueClass(Long classId, String title, ClassStatus status, LocalDate startDate, LocalDate endDate,
            boolean late) {
        public String statusLabel() {
            return status.label();
        }
    }

    private final JdbcTemplate jdbc;
    private final TrainingRecords records;

    DeliveryFigures(JdbcTemplate jdbc, TrainingRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    /**
     * The figures of {@code year} for the agency; {@code unitId} non-null restricts the units' rows
     * to that unit (a unit head's view; the classes by status stay the agency's).
     * {@code on}: the day the mandatory minimum in force is judged on.
     */
    @Transactional(readOnly = true)
    public YearFigures of(Long agencyId, int year, Long unitId, LocalDate on) {
        Map<ClassStatus, Long> byStatus = new EnumMap<>(ClassStatus.class);
        for (ClassStatus s : ClassStatus.values()) {
            byStatus.put(s, 0L);
        }
        jdbc.query("select status, count(*) from training_class where agency_id = ? and plan_year = ? group by status",
                rs -> {
                    byStatus.put(ClassStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, agencyId, year);
        List<StatusCount> statuses = byStatus.entrySet().stream()
                .map(e -> new StatusCount(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
        long classes = statuses.stream().mapToLong(StatusCount::count).sum();

        Map<Long, String> unitNames = new LinkedHashMap<>();
        if (unitId == null) {
            jdbc.query("select id, name from unit where agency_id = ? and active = true order by name",
                    rs -> {
                        unitNames.put(rs.getLong(1), rs.getString(2));
                    }, agencyId);
        } else {
            jdbc.query("select id, name from unit where agency_id = ? and id = ?", rs -> {
                unitNames.put(rs.getLong(1), rs.getString(2));
            }, agencyId, unitId);
        }
        Map<Long, long[]> v = new LinkedHashMap<>();
        unitNames.keySet().forEach(u -> v.put(u, new long[7]));
        // 0 staff, 1 enrolled, 2 completed, 3 allocated, 4 spent, 5 met hours, 6 hours (whole hours of the year)
        List<Object[]> people = jdbc.query("select id, unit_id, category, position from staff where agency_id = ? "
                + "and active = true", (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4)}, agencyId);
        Map<Long, BigDecimal> hours = new HashMap<>();
        jdbc.query("select staff_id, sum(hours) from training_record where agency_id = ? and start_date >= ? "
                + "and start_date <= ? group by staff_id", rs -> {
                    hours.put(rs.getLong(1), rs.getBigDecimal(2));
                }, agencyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<TrainingHours.Minimum> minimums = records.minimums();
        LocalDate judged = on.getYear() == year ? on : LocalDate.of(year, 12, 31);
        for (Object[] p : people) {
            long[] row = v.get((Long) p[1]);
            if (row == null) {
                continue;
            }
            row[0]++;
            StaffCategory cat = StaffCategory.valueOf((String) p[2]);
            int minimum = TrainingHours.minimum(minimums, cat, (String) p[3], judged);
            BigDecimal done = hours.getOrDefault((Long) p[0], BigDecimal.ZERO);
            if (done.compareTo(BigDecimal.valueOf(minimum)) >= 0) {
                row[5]++;
            }
            row[6] += done.longValue();
        }
        jdbc.query("select e.unit_id, sum(case when e.status = 'ENROLLED' then 1 else 0 end), "
                + "sum(case when e.status = 'ENROLLED' and e.outcome = 'COMPLETED' then 1 else 0 end) "
                + "from enrolment e join training_class c on c.id = e.class_id where c.agency_id = ? and c.plan_year = ? "
                + "group by e.unit_id", rs -> {
                    long[] row = v.get(rs.getLong(1));
                    if (row != null) {
                        row[1] += rs.getLong(2);
                        row[2] += rs.getLong(3);
                    }
                }, agencyId, year);
        long[] none = new long[7];
        jdbc.query("select a.unit_id, sum(a.amount) from class_allocation a join training_class c on c.id = a.class_id "
                + "where c.agency_id = ? and c.plan_year = ? group by a.unit_id", rs -> {
                    long u = rs.getLong(1);
                    long[] row = rs.wasNull() ? (unitId == null ? none : null) : v.get(u);
                    if (row != null) {
                        row[3] += rs.getLong(2);
                    }
                }, agencyId, year);
        jdbc.query("select s.unit_key, sum(s.amount) from class_spending s join training_class c on c.id = s.class_id "
                + "where c.agency_id = ? and c.plan_year = ? group by s.unit_key", rs -> {
                    String key = rs.getString(1);
                    long[] row;
                    if (key == null || key.equals("none")) {
                        row = unitId == null ? none : null;
                    } else {
                        row = v.get(Long.valueOf(key));
                    }
                    if (row != null) {
                        row[4] += rs.getLong(2);
                    }
                }, agencyId, year);
        List<UnitFigures> units = new ArrayList<>();
        v.forEach((u, r) -> units.add(new UnitFigures(u, unitNames.get(u), r[0], r[1], r[2], r[3], r[4], r[5], r[6])));
        if (none[3] != 0 || none[4] != 0) {
            units.add(new UnitFigures(null, NO_UNIT, 0, 0, 0, none[3], none[4], 0, 0));
        }
        return new YearFigures(year, statuses, classes, List.copyOf(units),
                units.stream().mapToLong(UnitFigures::staff).sum(), units.stream().mapToLong(UnitFigures::enrolled).sum(),
                units.stream().mapToLong(UnitFigures::completed).sum(),
                units.stream().mapToLong(UnitFigures::allocated).sum(), units.stream().mapToLong(UnitFigures::spent).sum(),
                units.stream().mapToLong(UnitFigures::metHours).sum());
    }

    /**
     * The Office's week: the agency's classes that start or end between {@code from} and {@code to},
     * and those that are late on {@code from} (still planned or enrolling after their start, still in
     * progress after their end), the late ones first.
     */
    @Transactional(readOnly = true)
    public List<DueClass> dueBetween(Long agencyId, LocalDate from, LocalDate to) {
        return jdbc.query("select id, title, status, start_date, end_date from training_class where agency_id = ? and ("
                + "(status in ('PLANNED', 'OPEN') and start_date <= ?) or (status = 'IN_PROGRESS' and end_date <= ?)) "
                + "order by start_date, id", (rs, i) -> {
                    ClassStatus st = ClassStatus.valueOf(rs.getString(3));
                    LocalDate start = rs.getDate(4).toLocalDate();
                    LocalDate end = rs.getDate(5).toLocalDate();
                    boolean late = st == ClassStatus.IN_PROGRESS ? end.isBefore(from) : start.isBefore(from);
                    return new DueClass(rs.getLong(1), rs.getString(2), st, start, end, late);
                }, agencyId, to, to).stream()
                .sorted(java.util.Comparator.comparing((DueClass d) -> !d.late()).thenComparing(DueClass::startDate))
                .limit(50).toList();
    }
}
