package vn.boiduong.scale;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scale data for the benchmarks of B5 (boiduong.province-generator=true), after this year's plan
 * (order 1,040): five years of delivery for every agency of the province — about 25,000 classes and
 * 500,000 results (enrolments with an outcome), a training-record line for each completed one.
 *
 * <ul>
 * <li>Plans: for every agency and each of the four past years an approved plan (its items and one
 * class per item), written as B3–B4 would have left them; this year's SNV plan is the one
 * {@link ProvincePlanGenerator} approved through the service, and the other agencies get one each.
 * SNV, the largest agency and the one the benchmark's accounts see, has as many classes a year as
 * this year's plan has items (2,000); the rest are shared among the other agencies.</li>
 * <li>Classes: past years CLOSED; this year's by their dates (CLOSED before today, IN_PROGRESS
 * around it, OPEN within a month, PLANNED after), about one in fifty CANCELLED with a reason.</li>
 * <li>Enrolments: every ENROLLED learner of a CLOSED class has a result (9 in 10 COMPLETED, with a
 * score and its classification) and each completed one a training-record line; learners are the
 * class's agency's people, never twice in a class. The number per class is set so that the total
 * of results is {@code boiduong.province-generator.results}.</li>
 * <li>Sessions and attendance only where a benchmark reads them: one class of SNV last year has
 * 200 learners (the 200-person unit DV01) and 20 sessions with every mark (4,000), for the
 * attendance grid.</li>
 * </ul>
 * Plain JDBC batches (see the package's note); fixed seed; nothing done when the past years' plans
 * of the generator are there already.
 */
@Component
@Order(ProvinceGenerator.ORDER + 40)
@ConditionalOnProperty(name = "boiduong.province-generator", havingValue = "true")
class ProvinceDeliveryGenerator implements ApplicationRunner {

    static final int CLASSES = 25_000;
    static final int RESULTS = 500_000;
    static final int YEARS = 5;
    static final int BIG_CLASS_LEARNERS = 200;
    static final int BIG_CLASS_SESSIONS = 20;
    static final String BY = "province-generator";
    static final long SEED = 2025_07_05L;
    private static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(ProvinceDeliveryGenerator.class);

    private static final String[][] COURSES = {
            {"STATE_MANAGEMENT", "SPECIALIST", "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên"},
            {"STATE_MANAGEMENT", "PRINCIPAL", "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính"},
            {"POLITICAL_THEORY", "INTERMEDIATE", "Trung cấp lý luận chính trị - hành chính"},
            {"LEADERSHIP", "DIVISION", "Bồi dưỡng lãnh đạo, quản lý cấp phòng"},
            {"DEFENSE_SECURITY", "GROUP_4", "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4"},
            {"DIGITAL", null, "Bồi dưỡng kỹ năng số trong thực thi công vụ"},
            {"JOB_POSITION", null, "Bồi dưỡng nghiệp vụ theo vị trí việc làm"},
            {"FOREIGN_LANGUAGE", null, "Tiếng Anh giao tiếp trình độ B1"},
            {"OTHER", null, "Bồi dưỡng kỹ năng làm việc nhóm"}};
    private static final String[] PLACES = {"Hội trường Sở Nội vụ", "Trường Chính trị tỉnh Bắc Giang",
            "Trung tâm Hội nghị tỉnh", "Hội trường Ủy ban nhân dân tỉnh"};
    private static final String[] INSTITUTIONS = {"Trường Chính trị tỉnh Bắc Giang",
            "Học viện Hành chính Quốc gia", "Trường Đại học Nội vụ Hà Nội"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int classes;
    private final int results;

    ProvinceDeliveryGenerator(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
            @Value("${boiduong.province-generator.classes:" + CLASSES + "}") int classes,
            @Value("${boiduong.province-generator.results:" + RESULTS + "}") int results) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.classes = classes;
        this.results = results;
    }

    /** A class as written, what the enrolments need of it. */
    private record Made(long id, long agencyId, int year, String kind, String title, String category, String level,
            LocalDate start, LocalDate end, String institution, String status) {
    }

    /** The active people of an agency: ids and units, in id order. */
    private record People(long[] staff, long[] units) {
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Long snv = jdbc.queryForList("select id from agency where code = ?", Long.class, ProvinceCatalog.HOME_AFFAIRS)
                .stream().findFirst().orElse(null);
        if (snv == null) {
            log.info("Province delivery generator: no agency {}, nothing to do", ProvinceCatalog.HOME_AFFAIRS);
            return;
        }
        if (jdbc.queryForObject("select count(*) from training_plan where created_by = ? and plan_year = ?",
                Integer.class, BY, year - 1) > 0) {
            log.info("Province delivery generator: the five years are already there, nothing to do");
            return;
        }
        long t0 = System.nanoTime();
        List<Long> agencies = jdbc.queryForList("select id from agency order by id", Long.class);
        int snvThisYear = jdbc.queryForObject("select count(*) from training_class where agency_id = ? and plan_year = ?",
                Integer.class, snv, year);
        int snvPerYear = snvThisYear > 0 ? snvThisYear : Math.max(1, classes * 2 / 5 / YEARS);
        int others = agencies.size() - 1;
        int otherPerPlan = others == 0 ? 0 : Math.max(1, (classes - snvPerYear * YEARS) / (others * YEARS));
        Random random = new Random(SEED);
        List<Made> made = new ArrayList<>();
        int[] counts = new int[4]; // plans, classes, enrolments, records
        transaction.executeWithoutResult(s -> {
            for (int y = year - YEARS + 1; y <= year; y++) {
                for (Long agency : agencies) {
                    boolean isSnv = agency.equals(snv);
                    if (isSnv && y == year && snvThisYear > 0) {
                        made.addAll(existing(agency, y, today, random));
                        continue;
                    }
                    made.addAll(plan(agency, y, isSnv ? snvPerYear : otherPerPlan, today, random));
                    counts[0]++;
                }
            }
        });
        counts[1] = made.size();
        long closed = made.stream().filter(m -> "CLOSED".equals(m.status())).count();
        int perClass = (int) Math.max(2, Math.round(results / (double) Math.max(1, closed)));
        // the attendance grid's class: SNV's first class of last year, 200 learners of DV01, 20 sessions
        Made big = made.stream().filter(m -> m.agencyId() == snv && m.year() == year - 1 && "HOSTED".equals(m.kind())
                        && "CLOSED".equals(m.status()))
                .findFirst().orElse(null);
        Map<Long, People> people = new HashMap<>();
        int[] written = {0, 0};
        transaction.executeWithoutResult(s -> {
            Rows enrolments = new Rows("""
                    insert into enrolment (class_id, agency_id, unit_id, staff_id, status, nominated_by, nominated_at,
                        decided_by, decided_at, outcome, score, classification, result_by, result_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", Types.BIGINT, Types.BIGINT, Types.BIGINT,
                    Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP,
                    Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP);
            Rows records = new Rows("""
                    insert into training_record (agency_id, staff_id, class_id, title, category, level_code, start_date,
                        end_date, hours, institution, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                    Types.DATE, Types.NUMERIC, Types.VARCHAR, Types.TIMESTAMP);
            for (Made m : made) {
                if ("PLANNED".equals(m.status()) || "CANCELLED".equals(m.status())) {
                    continue;
                }
                People p = people.computeIfAbsent(m.agencyId(), this::peopleOf);
                if (p.staff().length == 0) {
                    continue;
                }
                long[] chosen;
                if (m == big) {
                    chosen = jdbc.queryForList("""
                            select s.id from staff s join unit u on u.id = s.unit_id
                            where s.agency_id = ? and u.code = 'DV01' and s.active = true order by s.id
                            fetch first %d rows only""".formatted(BIG_CLASS_LEARNERS), Long.class, snv).stream()
                            .mapToLong(Long::longValue).toArray();
                } else {
                    int n = Math.min(p.staff().length, perClass / 2 + random.nextInt(perClass + 1));
                    chosen = pick(p, n, random);
                }
                boolean closedClass = "CLOSED".equals(m.status());
                double hours = Math.min(40, 7 * (workdays(m.start(), m.end())));
                if (m == big) {
                    hours = BIG_CLASS_SESSIONS * 3.5;
                }
                Timestamp decided = Timestamp.valueOf(m.start().minusDays(10).atTime(9, 0));
                Timestamp resultAt = Timestamp.valueOf(m.end().plusDays(3).atTime(16, 0));
                Map<Long, Long> unitOf = m == big ? unitsOf(chosen) : null;
                for (int i = 0; i < chosen.length; i++) {
                    long staffId = chosen[i];
                    long unitId = unitOf != null ? unitOf.get(staffId) : p.units()[indexOf(p, staffId)];
                    String outcome = null;
                    BigDecimal score = null;
                    if (closedClass) {
                        boolean done = m == big || random.nextInt(10) != 0;
                        outcome = done ? "COMPLETED" : "NOT_COMPLETED";
                        score = done ? BigDecimal.valueOf(50 + random.nextInt(51), 1) : null;
                    }
                    enrolments.add(m.id(), m.agencyId(), unitId, staffId, "ENROLLED", BY, decided, BY, decided, outcome,
                            score, score == null ? null : classification(score), closedClass ? BY : null,
                            closedClass ? resultAt : null);
                    if ("COMPLETED".equals(outcome)) {
                        records.add(m.agencyId(), staffId, m.id(), m.title(), m.category(), m.level(),
                                Date.valueOf(m.start()), Date.valueOf(m.end()), BigDecimal.valueOf(hours),
                                m.institution(), resultAt);
                    }
                }
            }
            enrolments.flush();
            records.flush();
            written[0] = enrolments.total;
            written[1] = records.total;
        });
        counts[2] = written[0];
        counts[3] = written[1];
        int marks = big == null ? 0 : transaction.execute(s -> bigClass(big));
        int results = jdbc.queryForObject("select count(*) from enrolment where outcome is not null", Integer.class);
        log.info("Province delivery generator: {} plans and {} classes over {}–{} ({} of SNV a year), {} enrolments, "
                + "{} results, {} training-record lines, attendance class #{} with {} marks, in {} ms", counts[0],
                counts[1], year - YEARS + 1, year, snvPerYear, counts[2], results, counts[3],
                big == null ? "-" : big.id(), marks, (System.nanoTime() - t0) / 1_000_000);
    }

    /** An approved plan of the generator, its items and one class per item; the classes as written. */
    private List<Made> plan(long agencyId, int y, int items, LocalDate today, Random random) {
        String code = jdbc.queryForObject("select code from agency where id = ?", String.class, agencyId);
        LocalDate decided = LocalDate.of(y, 2, 10);
        jdbc.update("""
                insert into training_plan (agency_id, plan_year, registration_due_date, register_by, approve_by, status,
                    decision_number, decision_date, decision_year, decision_sequence, signer_title, signer_name,
                    created_by, created_at, submitted_at, decided_at, decided_by, version)
                values (?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, 'GIÁM ĐỐC', 'Người ký (sinh tự động)', ?, ?, ?, ?, ?, 0)""",
                agencyId, y, Date.valueOf(LocalDate.of(y, 1, 20)), Date.valueOf(LocalDate.of(y, 1, 10)),
                Date.valueOf(LocalDate.of(y, 1, 15)), "15/QĐ-" + code, Date.valueOf(decided), y, 15, BY,
                Timestamp.valueOf(LocalDateTime.of(y, 1, 5, 8, 0)), Timestamp.valueOf(LocalDateTime.of(y, 1, 25, 8, 0)),
                Timestamp.valueOf(decided.atTime(15, 0)), BY);
        long planId = jdbc.queryForObject("select id from training_plan where agency_id = ? and plan_year = ?",
                Long.class, agencyId, y);
        Rows rows = new Rows("""
                insert into plan_item (plan_id, seq, kind, title, category, level_code, target_learners, headcount,
                    start_date, end_date, location, lecturers, institution, fee_tuition, fee_lecturers, budget_total,
                    funding_source)
                values (?, ?, ?, ?, ?, ?, 'Cán bộ, công chức, viên chức của cơ quan', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LOCAL')""",
                Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
                Types.BIGINT);
        for (int n = 1; n <= items; n++) {
            String[] course = COURSES[random.nextInt(COURSES.length)];
            boolean hosted = random.nextInt(10) < 8;
            LocalDate start = weekday(LocalDate.of(y, 1, 1).plusDays(20 + random.nextInt(320)));
            LocalDate end = start.plusDays(hosted ? random.nextInt(5) : 5 + random.nextInt(40));
            int headcount = 20 + random.nextInt(40);
            long budget = 1_000_000L * (5 + random.nextInt(40));
            rows.add(planId, n, hosted ? "HOSTED" : "EXTERNAL", (hosted ? "" : "Cử đi học: ") + course[2] + " (lớp " + n
                    + ")", course[0], course[1], headcount, Date.valueOf(start), Date.valueOf(end),
                    hosted ? PLACES[random.nextInt(PLACES.length)] : null,
                    hosted ? "Giảng viên Trường Chính trị tỉnh" : null,
                    hosted ? null : INSTITUTIONS[random.nextInt(INSTITUTIONS.length)], hosted ? null : budget,
                    hosted ? budget : null, budget);
        }
        rows.flush();
        Rows classRows = new Rows("""
                insert into training_class (agency_id, plan_id, plan_item_id, plan_year, kind, title, category,
                    level_code, headcount, start_date, end_date, location, institution, budget_total, funding_source,
                    status, created_at, status_changed_at, cancel_reason, version)
                select ?, plan_id, id, ?, kind, title, category, level_code, headcount, start_date, end_date, location,
                    institution, budget_total, funding_source, ?, ?, ?, ?, 0 from plan_item where id = ?""",
                Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR,
                Types.BIGINT);
        List<Map<String, Object>> itemRows = jdbc.queryForList("select id, kind, title, category, level_code, "
                + "start_date, end_date, institution from plan_item where plan_id = ? order by seq", planId);
        Map<Long, String> statuses = new LinkedHashMap<>();
        for (Map<String, Object> it : itemRows) {
            long itemId = ((Number) it.get("id")).longValue();
            LocalDate start = ((Date) it.get("start_date")).toLocalDate();
            LocalDate end = ((Date) it.get("end_date")).toLocalDate();
            String status = statusOf(start, end, today, random);
            statuses.put(itemId, status);
            classRows.add(agencyId, y, status, Timestamp.valueOf(decided.atTime(15, 0)),
                    Timestamp.valueOf(changedAt(status, start, end, decided)),
                    "CANCELLED".equals(status) ? "Không đủ số học viên đăng ký tối thiểu." : null, itemId);
        }
        classRows.flush();
        Map<Long, Long> classOfItem = new HashMap<>();
        jdbc.query("select id, plan_item_id from training_class where plan_id = ?", rs -> {
            classOfItem.put(rs.getLong(2), rs.getLong(1));
        }, planId);
        List<Made> out = new ArrayList<>(itemRows.size());
        for (Map<String, Object> it : itemRows) {
            long itemId = ((Number) it.get("id")).longValue();
            out.add(made(classOfItem.get(itemId), agencyId, y, it, statuses.get(itemId)));
        }
        return out;
    }

    /** This year's classes of a plan approved through the service: their states set from their dates. */
    private List<Made> existing(long agencyId, int y, LocalDate today, Random random) {
        List<Made> out = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Map<String, Object> c : jdbc.queryForList("select id, kind, title, category, level_code, start_date, "
                + "end_date, institution, created_at from training_class where agency_id = ? and plan_year = ? "
                + "order by start_date, id", agencyId, y)) {
            LocalDate start = ((Date) c.get("start_date")).toLocalDate();
            LocalDate end = ((Date) c.get("end_date")).toLocalDate();
            String status = statusOf(start, end, today, random);
            long id = ((Number) c.get("id")).longValue();
            LocalDate created = ((Timestamp) c.get("created_at")).toLocalDateTime().toLocalDate();
            updates.add(new Object[] {status, Timestamp.valueOf(changedAt(status, start, end, created)),
                    "CANCELLED".equals(status) ? "Không đủ số học viên đăng ký tối thiểu." : null, id});
            out.add(made(id, agencyId, y, c, status));
        }
        jdbc.batchUpdate("update training_class set status = ?, status_changed_at = ?, cancel_reason = ? where id = ?",
                updates, new int[] {Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.BIGINT});
        return out;
    }

    private static Made made(long id, long agencyId, int y, Map<String, Object> c, String status) {
        String institution = (String) c.get("institution");
        return new Made(id, agencyId, y, (String) c.get("kind"), (String) c.get("title"), (String) c.get("category"),
                (String) c.get("level_code"), ((Date) c.get("start_date")).toLocalDate(),
                ((Date) c.get("end_date")).toLocalDate(), institution == null ? "Sở Nội vụ tỉnh Bắc Giang" : institution,
                status);
    }

    /** By the dates: held and closed, being held, enrolling within a month, planned after; 1 in 50 cancelled. */
    private static String statusOf(LocalDate start, LocalDate end, LocalDate today, Random random) {
        if (random.nextInt(50) == 0) {
            return "CANCELLED";
        }
        if (end.isBefore(today.minusDays(7))) {
            return "CLOSED";
        }
        if (end.isBefore(today)) {
            return "FINISHED";
        }
        if (!start.isAfter(today)) {
            return "IN_PROGRESS";
        }
        return start.isBefore(today.plusDays(30)) ? "OPEN" : "PLANNED";
    }

    private static LocalDateTime changedAt(String status, LocalDate start, LocalDate end, LocalDate decided) {
        return switch (status) {
            case "CLOSED" -> end.plusDays(7).atTime(10, 0);
            case "FINISHED" -> end.atTime(17, 0);
            case "IN_PROGRESS" -> start.atTime(8, 0);
            case "OPEN" -> start.minusDays(30).atTime(9, 0);
            case "CANCELLED" -> (start.minusDays(5).isAfter(decided) ? start.minusDays(5) : decided).atTime(9, 0);
            default -> decided.atTime(15, 0);
        };
    }

    private People peopleOf(long agencyId) {
        List<long[]> rows = new ArrayList<>();
        jdbc.query("select id, unit_id from staff where agency_id = ? and active = true order by id", rs -> {
            rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }, agencyId);
        long[] staff = new long[rows.size()];
        long[] units = new long[rows.size()];
        for (int i = 0; i < staff.length; i++) {
            staff[i] = rows.get(i)[0];
            units[i] = rows.get(i)[1];
        }
        return new People(staff, units);
    }

    private static int indexOf(People p, long staffId) {
        return java.util.Arrays.binarySearch(p.staff(), staffId);
    }

    private Map<Long, Long> unitsOf(long[] staff) {
        Map<Long, Long> out = new HashMap<>();
        for (long id : staff) {
            out.put(id, jdbc.queryForObject("select unit_id from staff where id = ?", Long.class, id));
        }
        return out;
    }

    /** {@code n} distinct people: a stride through the agency's list, the stride coprime to its length. */
    private static long[] pick(People p, int n, Random random) {
        int size = p.staff().length;
        int offset = random.nextInt(size);
        int step = 1 + random.nextInt(Math.max(1, Math.min(97, size - 1)));
        while (gcd(step, size) != 1) {
            step++;
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = p.staff()[(int) ((offset + (long) i * step) % size)];
        }
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static int workdays(LocalDate start, LocalDate end) {
        return (int) Math.max(1, ChronoUnit.DAYS.between(start, end) + 1);
    }

    private static LocalDate weekday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.plusDays(2)
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }

    /** Xuất sắc ≥ 9, Giỏi ≥ 8, Khá ≥ 6.5, Trung bình ≥ 5, else Không đạt (the issue's thresholds). */
    static String classification(BigDecimal score) {
        double s = score.doubleValue();
        return s >= 9 ? "Xuất sắc" : s >= 8 ? "Giỏi" : s >= 6.5 ? "Khá" : s >= 5 ? "Trung bình" : "Không đạt";
    }

    /**
     * The attendance grid's class: a lecturer, 20 half-day sessions on ten weekdays from its start
     * (its end date moved to the last), every learner present at every session; its headcount 200.
     */
    private int bigClass(Made big) {
        jdbc.update("insert into class_lecturer (class_id, full_name, title, rank_code, organisation) values "
                + "(?, 'TS. Nguyễn Văn Thành', 'Giảng viên chính', 'GROUP_3', 'Trường Chính trị tỉnh Bắc Giang')",
                big.id());
        Long lecturer = jdbc.queryForObject("select max(id) from class_lecturer where class_id = ?", Long.class,
                big.id());
        List<Object[]> sessions = new ArrayList<>();
        LocalDate d = big.start();
        LocalDate last = d;
        for (int n = 0; n < BIG_CLASS_SESSIONS; n += 2) {
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.plusDays(1);
            }
            sessions.add(new Object[] {big.id(), Date.valueOf(d), Time.valueOf(LocalTime.of(8, 0)),
                    Time.valueOf(LocalTime.of(11, 30)), "Hội trường A", "Chuyên đề " + (n + 1), lecturer});
            sessions.add(new Object[] {big.id(), Date.valueOf(d), Time.valueOf(LocalTime.of(13, 30)),
                    Time.valueOf(LocalTime.of(17, 0)), "Hội trường A", "Chuyên đề " + (n + 2), lecturer});
            last = d;
            d = d.plusDays(1);
        }
        jdbc.batchUpdate("insert into class_session (class_id, session_date, start_time, end_time, room, topic, "
                + "lecturer_id) values (?, ?, ?, ?, ?, ?, ?)", sessions, new int[] {Types.BIGINT, Types.DATE, Types.TIME,
                Types.TIME, Types.VARCHAR, Types.VARCHAR, Types.BIGINT});
        jdbc.update("update training_class set end_date = ?, headcount = ? where id = ?", Date.valueOf(last),
                BIG_CLASS_LEARNERS, big.id());
        jdbc.update("update training_record set end_date = ? where class_id = ?", Date.valueOf(last), big.id());
        return jdbc.update("""
                insert into attendance (session_id, staff_id, presence, marked_by, marked_at, version)
                select s.id, e.staff_id, 'PRESENT', ?, cast(s.session_date as timestamp), 0
                from class_session s join enrolment e on e.class_id = s.class_id and e.status = 'ENROLLED'
                where s.class_id = ?""", BY, big.id());
    }

    /** Rows for one statement, sent in batches of {@value #BATCH}. */
    private final class Rows {
        private final String sql;
        private final int[] types;
        private final List<Object[]> rows = new ArrayList<>(BATCH);
        int total;

        Rows(String sql, int... types) {
            this.sql = sql;
            this.types = types;
        }

        void add(Object... row) {
            rows.add(row);
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows, types);
                total += rows.size();
                rows.clear();
            }
        }
    }
}
