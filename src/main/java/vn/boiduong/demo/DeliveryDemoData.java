package vn.boiduong.demo;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.ConsolidatedNeeds;
import vn.boiduong.needs.NeedView;
import vn.boiduong.notification.Notifications;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.planning.Budget;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanItemData;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanView;

/**
 * B5 of the demo agency (issue 10, item 11): last year's plan approved and its classes carried
 * through (lecturers, sessions, enrolments of the people named in the needs and others, attendance
 * of every session, results with scores and classifications, a training-record line for each
 * learner who completed, classes CLOSED), and this year's plan approved with a class in every
 * state — PLANNED, OPEN with nominations waiting, IN_PROGRESS with the attendance so far, FINISHED
 * awaiting results, CLOSED, CANCELLED with a reason — so every page of B5 has something to show.
 * The demo learner {@code nhanvien} completed a class last year and is in one this year. Then every
 * {@link DeliveryDemoStep} bean adds its part (certificates, feedback, spending, the announcement).
 *
 * <p>The plans go through {@link PlanService} as the Office and the director would (so the classes
 * are made as B4 makes them, with their audit lines and notices). What happens in the classes is
 * written with JDBC batches straight into delivery's tables: a few hundred attendance marks one by
 * one through the services would publish an event and an audit line each and slow every start; the
 * rows are the ones the services write (the same columns and codes), and {@code DemoDeliveryIT}
 * reads them back through the API. Runs once: skipped when the agency has a plan for last year or
 * this year, and when the province generator fills the database (it writes its own five years).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "boiduong.demo-data", havingValue = "true")
class DeliveryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDemoData.class);
    static final String MARKER = "demo";
    private static final LocalTime[][] HALF_DAYS = {{LocalTime.of(8, 0), LocalTime.of(11, 30)},
            {LocalTime.of(13, 30), LocalTime.of(17, 0)}};

    private final OrganizationSetup organization;
    private final UserDirectory directory;
    private final PlanService plans;
    private final ConsolidatedNeeds needs;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<DeliveryDemoStep> steps;
    private final Notifications notifications;
    private final Clock clock;
    private final boolean provinceGenerator;

    DeliveryDemoData(OrganizationSetup organization, UserDirectory directory, PlanService plans,
            ConsolidatedNeeds needs, JdbcTemplate jdbc, ObjectProvider<DeliveryDemoStep> steps,
            Notifications notifications, Clock clock,
            @Value("${boiduong.province-generator:false}") boolean provinceGenerator) {
        this.organization = organization;
        this.directory = directory;
        this.plans = plans;
        this.needs = needs;
        this.jdbc = jdbc;
        this.steps = steps;
        this.notifications = notifications;
        this.clock = clock;
        this.provinceGenerator = provinceGenerator;
    }

    /** A learner of the demo: the person and the unit (an enrolment row carries both). */
    record Learner(long staffId, long unitId) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (provinceGenerator) {
            return; // the province generator writes five years of classes of its own for this agency
        }
        Long agencyId = organization.agencyByCode("SNV").map(a -> a.getId()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        int last = today.getYear() - 1;
        int year = today.getYear();
        if (agencyId == null || plans.findByYear(agencyId, last).isPresent()
                || plans.findByYear(agencyId, year).isPresent()) {
            return;
        }
        Actor chief = directory.actorOf("chanhvp").orElse(null);
        Actor director = directory.actorOf("giamdoc").orElse(null);
        Long learnerStaff = directory.actorOf("nhanvien").flatMap(a -> directory.staffIdOf(a.userId())).orElse(null);
        if (chief == null || director == null || learnerStaff == null) {
            return; // the demo accounts were changed: nothing sensible to add
        }
        long t0 = System.nanoTime();
        Map<String, Long> units = new HashMap<>();
        jdbc.query("select code, id from unit where agency_id = ?", rs -> {
            units.put(rs.getString(1), rs.getLong(2));
        }, agencyId);
        Map<Long, List<Learner>> byUnit = new LinkedHashMap<>();
        Map<Long, Long> unitOf = new HashMap<>();
        jdbc.query("select id, unit_id from staff where agency_id = ? and active = true order by id", rs -> {
            Learner l = new Learner(rs.getLong(1), rs.getLong(2));
            byUnit.computeIfAbsent(l.unitId(), k -> new ArrayList<>()).add(l);
            unitOf.put(l.staffId(), l.unitId());
        }, agencyId);
        Writer w = new Writer(agencyId, new Random(2025_12_01L), byUnit, unitOf);

        // ---- last year: the plan of the accepted needs, approved in April; every class carried through ----
        List<NeedView> accepted = needs.accepted(agencyId, last);
        PlanView lastPlan = plans.create(chief, last, LocalDate.of(last, 3, 31));
        List<Long> llctPeople = new ArrayList<>();
        for (NeedView n : accepted) {
            if (n.category() == TrainingCategory.POLITICAL_THEORY) {
                llctPeople.addAll(n.staffIds());
            }
        }
        if (!llctPeople.contains(learnerStaff)) {
            llctPeople.add(0, learnerStaff);
        }
        addItem(chief, lastPlan.id(), accepted, "Bồi dưỡng kỹ năng số cho công chức", TrainingCategory.DIGITAL, null,
                ItemKind.HOSTED, 20, LocalDate.of(last, 5, 12), LocalDate.of(last, 5, 16), 32_000_000L);
        addItem(chief, lastPlan.id(), accepted, "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
                TrainingCategory.STATE_MANAGEMENT, "PRINCIPAL", ItemKind.HOSTED, 15, LocalDate.of(last, 6, 9),
                LocalDate.of(last, 6, 13), 45_000_000L);
        addItem(chief, lastPlan.id(), accepted, "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
                TrainingCategory.STATE_MANAGEMENT, "SPECIALIST", ItemKind.HOSTED, 15, LocalDate.of(last, 8, 11),
                LocalDate.of(last, 8, 15), 30_000_000L);
        addItem(chief, lastPlan.id(), accepted, "Bồi dưỡng lãnh đạo, quản lý cấp phòng", TrainingCategory.LEADERSHIP,
                "DIVISION", ItemKind.HOSTED, 12, LocalDate.of(last, 10, 6), LocalDate.of(last, 10, 8), 24_000_000L);
        addItem(chief, lastPlan.id(), accepted, "Trung cấp lý luận chính trị - hành chính",
                TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE", ItemKind.EXTERNAL, llctPeople.size(),
                LocalDate.of(last, 5, 5), LocalDate.of(last, 11, 28), 24_000_000L);
        plans.submit(chief, lastPlan.id());
        plans.approve(director, lastPlan.id(), "15/QĐ-SNV", LocalDate.of(last, 4, 28));
        // last year's notices of the approval have been read long ago (as NeedsHistory leaves last year's)
        for (String username : List.of("chanhvp", "giamdoc", "tp.tccb", "tp.cchc", "nhanvien")) {
            directory.actorOf(username).ifPresent(notifications::markAllRead);
        }
        long servicesNanos = System.nanoTime() - t0;
        List<Map<String, Object>> lastClasses = classesOf(lastPlan.id());
        Long cchc = units.get("CCHC");
        for (Map<String, Object> c : lastClasses) {
            long id = ((Number) c.get("id")).longValue();
            String title = (String) c.get("title");
            LocalDate start = ((Date) c.get("start_date")).toLocalDate();
            LocalDate end = ((Date) c.get("end_date")).toLocalDate();
            List<Learner> people;
            if (ItemKind.EXTERNAL.name().equals(c.get("kind"))) {
                people = llctPeople.stream().filter(unitOf::containsKey).map(s -> new Learner(s, unitOf.get(s)))
                        .toList();
                w.enrol(id, people, start.minusDays(20), false);
                w.results(id, people, Set.of(), end.plusDays(5), Map.of());
                w.records(id, c, people, Set.of(), 0, end.plusDays(5));
                w.status(id, "CLOSED", end.plusDays(6).atTime(10, 0), null);
                continue;
            }
            boolean digital = title.contains("kỹ năng số");
            people = w.pick(digital ? List.of(cchc, units.get("VP")) : List.of(), 14, digital ? learnerStaff : null);
            w.lecturers(id, title);
            List<Long> sessions = w.sessions(id, title, start, end);
            w.enrol(id, people, start.minusDays(15), true);
            // one learner of most classes fell below 80 % and did not complete; the demo learner is never one
            Set<Long> weak = new LinkedHashSet<>();
            if (!title.contains("lãnh đạo")) {
                weak.add(people.get(people.size() - 1).staffId());
            }
            Map<Long, Integer> attended = w.attendance(sessions, people, weak, start.atTime(17, 30), true);
            w.results(id, people, weak, end.plusDays(3), attended);
            w.records(id, c, people, weak, sessions.size() * 3.5, end.plusDays(3));
            w.status(id, "CLOSED", end.plusDays(4).atTime(10, 0), null);
        }

        // ---- this year: the plan approved; a class in every state around today ----
        long t1 = System.nanoTime();
        LocalDate decided = earliest(today.minusDays(75), today, LocalDate.of(year, 1, 20));
        PlanView plan = plans.create(chief, year, decided.minusDays(20));
        List<NeedView> none = List.of();
        addItem(chief, plan.id(), none, "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
                TrainingCategory.DEFENSE_SECURITY, "GROUP_4", ItemKind.HOSTED, 20, weekday(today.minusDays(40)),
                weekday(today.minusDays(40)).plusDays(2), 28_000_000L);
        addItem(chief, plan.id(), none, "Bồi dưỡng nghiệp vụ văn thư, lưu trữ", TrainingCategory.JOB_POSITION, null,
                ItemKind.HOSTED, 20, weekday(today.minusDays(12)), weekday(today.minusDays(12)).plusDays(2),
                22_000_000L);
        addItem(chief, plan.id(), none, "Bồi dưỡng nghiệp vụ cải cách hành chính, kiểm soát thủ tục hành chính",
                TrainingCategory.JOB_POSITION, null, ItemKind.HOSTED, 20, weekday(today.minusDays(3)),
                today.plusDays(4), 26_000_000L);
        addItem(chief, plan.id(), none, "Bồi dưỡng kỹ năng chuyển đổi số nâng cao", TrainingCategory.DIGITAL, null,
                ItemKind.HOSTED, 15, weekday(today.plusDays(12)), weekday(today.plusDays(12)).plusDays(2),
                20_000_000L);
        addItem(chief, plan.id(), none, "Bồi dưỡng kỹ năng thẩm định đề án vị trí việc làm",
                TrainingCategory.JOB_POSITION, null, ItemKind.HOSTED, 20, weekday(today.plusDays(35)),
                weekday(today.plusDays(35)).plusDays(1), 16_000_000L);
        addItem(chief, plan.id(), none, "Tiếng Anh giao tiếp trình độ B1", TrainingCategory.FOREIGN_LANGUAGE, null,
                ItemKind.HOSTED, 15, weekday(today.plusDays(20)), weekday(today.plusDays(20)).plusDays(4),
                18_000_000L);
        plans.submit(chief, plan.id());
        plans.approve(director, plan.id(), "08/QĐ-SNV", decided);
        servicesNanos += System.nanoTime() - t1;
        for (Map<String, Object> c : classesOf(plan.id())) {
            long id = ((Number) c.get("id")).longValue();
            String title = (String) c.get("title");
            LocalDate start = ((Date) c.get("start_date")).toLocalDate();
            LocalDate end = ((Date) c.get("end_date")).toLocalDate();
            LocalDateTime opened = start.minusDays(25).atTime(9, 0);
            if (title.startsWith("Bồi dưỡng kiến thức quốc phòng")) {
                // CLOSED: held, marked, results recorded, the record written
                List<Learner> people = w.pick(List.of(units.get("TCBC"), units.get("TTS")), 16, null);
                w.lecturers(id, title);
                List<Long> sessions = w.sessions(id, title, start, end);
                w.enrol(id, people, opened.toLocalDate(), true);
                Set<Long> weak = Set.of(people.get(3).staffId());
                Map<Long, Integer> attended = w.attendance(sessions, people, weak, start.atTime(17, 30), true);
                w.results(id, people, weak, end.plusDays(2), attended);
                w.records(id, c, people, weak, sessions.size() * 3.5, end.plusDays(2));
                w.status(id, "CLOSED", end.plusDays(3).atTime(10, 0), null);
            } else if (title.startsWith("Bồi dưỡng nghiệp vụ văn thư")) {
                // FINISHED: every session marked, results awaited
                List<Learner> people = w.pick(List.of(units.get("TTLT"), units.get("VP")), 15, null);
                w.lecturers(id, title);
                List<Long> sessions = w.sessions(id, title, start, end);
                w.enrol(id, people, opened.toLocalDate(), true);
                w.attendance(sessions, people, Set.of(people.get(2).staffId()), start.atTime(17, 30), true);
                w.status(id, "FINISHED", end.atTime(17, 30), null);
            } else if (title.startsWith("Bồi dưỡng nghiệp vụ cải cách")) {
                // IN_PROGRESS: the demo learner among the learners; the sessions held so far are marked
                List<Learner> people = w.pick(List.of(cchc, units.get("CCVC")), 14, learnerStaff);
                w.lecturers(id, title);
                List<Long> sessions = w.sessions(id, title, start, end);
                w.enrol(id, people, opened.toLocalDate(), true);
                List<Long> held = new ArrayList<>();
                jdbc.query("select id from class_session where class_id = ? and session_date < ? order by session_date, "
                        + "start_time", rs -> {
                            held.add(rs.getLong(1));
                        }, id, Date.valueOf(today));
                w.attendance(held, people, Set.of(), start.atTime(17, 30), false);
                w.status(id, "IN_PROGRESS", start.atTime(7, 45), null);
            } else if (title.startsWith("Bồi dưỡng kỹ năng chuyển đổi số")) {
                // OPEN: some enrolled, nominations of two unit heads waiting, one refused
                w.lecturers(id, title);
                w.sessions(id, title, start, end);
                List<Learner> enrolled = w.pick(List.of(units.get("VP")), 4, null);
                w.enrol(id, enrolled, today.minusDays(6), true);
                Set<Long> taken = new java.util.HashSet<>();
                enrolled.forEach(l -> taken.add(l.staffId()));
                List<Learner> waiting = w.pick(List.of(cchc, units.get("TCBC")), 9, null).stream()
                        .filter(l -> !taken.contains(l.staffId())).limit(5).toList();
                waiting.forEach(l -> taken.add(l.staffId()));
                w.nominate(id, waiting, today.minusDays(2));
                List<Learner> refused = w.pick(List.of(units.get("XDCQ")), 12, null).stream()
                        .filter(l -> !taken.contains(l.staffId())).limit(1).toList();
                w.refuse(id, refused, today.minusDays(3), "Đã tham gia lớp bồi dưỡng kỹ năng số năm trước.");
                w.status(id, "OPEN", today.minusDays(7).atTime(9, 0), null);
            } else if (title.startsWith("Tiếng Anh")) {
                w.status(id, "CANCELLED", today.minusDays(4).atTime(15, 0),
                        "Không đủ số học viên tối thiểu để mở lớp; nhu cầu chuyển sang kế hoạch năm sau.");
            }
            // the PLANNED class stays as the plan made it
        }
        long seeded = (System.nanoTime() - t0) / 1_000_000;
        List<DeliveryDemoStep> ordered = steps.orderedStream().sorted(Comparator.comparingInt(DeliveryDemoStep::order))
                .toList();
        for (DeliveryDemoStep step : ordered) {
            step.seed(agencyId, last, year);
        }
        log.info("Demo B5 loaded: plans {} and {} approved, {} classes, {} enrolments, {} attendance marks, "
                + "{} training-record lines in {} ms ({} ms of it the two plans through PlanService); then {} step(s) "
                + "in {} ms", last, year, classesCount(agencyId), w.enrolments, w.marks, w.records, seeded,
                servicesNanos / 1_000_000, ordered.size(), (System.nanoTime() - t0) / 1_000_000 - seeded);
    }

    private int classesCount(long agencyId) {
        return jdbc.queryForObject("select count(*) from training_class where agency_id = ?", Integer.class, agencyId);
    }

    private List<Map<String, Object>> classesOf(Long planId) {
        return jdbc.queryForList("select id, kind, title, category, level_code, start_date, end_date, location, "
                + "institution from training_class where plan_id = ? order by start_date, id", planId);
    }

    /** An item serving the accepted needs of its category and level (all of them, as the Office groups them). */
    private void addItem(Actor chief, Long planId, List<NeedView> accepted, String title, TrainingCategory category,
            String level, ItemKind kind, int headcount, LocalDate start, LocalDate end, long budget) {
        List<Long> served = accepted.stream().filter(n -> n.category() == category
                && java.util.Objects.equals(n.level(), level)).map(NeedView::id).toList();
        boolean hosted = kind == ItemKind.HOSTED;
        Budget b = hosted ? Budget.ofLines(budget * 45 / 100, budget * 15 / 100, budget * 20 / 100, null,
                budget * 5 / 100, budget * 15 / 100, null) : Budget.ofLines(null, null, null, null, null, null, budget);
        plans.addItem(chief, planId, new PlanItemData(title, category, level, kind,
                "Cán bộ, công chức, viên chức của Sở", headcount, start, end,
                hosted ? "Hội trường Sở Nội vụ, số 8 đường Hoàng Văn Thụ, thành phố Bắc Giang" : null,
                hosted ? "Giảng viên Trường Chính trị tỉnh; lãnh đạo Sở" : null,
                hosted ? null : "Trường Chính trị tỉnh Bắc Giang", b, FundingSource.LOCAL, served));
    }

    private static LocalDate weekday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.plusDays(2)
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }

    /** The first of {@code candidate} and {@code today}, but not before {@code floor} unless today is. */
    private static LocalDate earliest(LocalDate candidate, LocalDate today, LocalDate floor) {
        LocalDate d = candidate.isBefore(floor) ? floor : candidate;
        return d.isAfter(today) ? today : d;
    }

    /** Grade from the score, with the thresholds of the issue (Xuất sắc ≥ 9, Giỏi ≥ 8, Khá ≥ 6.5, Trung bình ≥ 5). */
    static String classification(BigDecimal score) {
        double s = score.doubleValue();
        return s >= 9 ? "Xuất sắc" : s >= 8 ? "Giỏi" : s >= 6.5 ? "Khá" : s >= 5 ? "Trung bình" : "Không đạt";
    }

    /** Writes the rows of the classes with JDBC batches, counting them for the log line. */
    private final class Writer {
        private final long agencyId;
        private final Random random;
        private final Map<Long, List<Learner>> byUnit;
        private final Map<Long, Long> unitOf;
        int classes;
        int enrolments;
        int marks;
        int records;

        Writer(long agencyId, Random random, Map<Long, List<Learner>> byUnit, Map<Long, Long> unitOf) {
            this.agencyId = agencyId;
            this.random = random;
            this.byUnit = byUnit;
            this.unitOf = unitOf;
        }

        /** {@code n} people: {@code first} if given, then the given units' people, then others round the agency. */
        List<Learner> pick(List<Long> fromUnits, int n, Long first) {
            LinkedHashSet<Learner> out = new LinkedHashSet<>();
            if (first != null) {
                out.add(new Learner(first, unitOf.get(first)));
            }
            List<Learner> pool = new ArrayList<>();
            for (Long u : fromUnits) {
                if (u != null) {
                    pool.addAll(byUnit.getOrDefault(u, List.of()));
                }
            }
            java.util.Collections.shuffle(pool, random);
            List<Learner> rest = new ArrayList<>();
            byUnit.values().forEach(rest::addAll);
            java.util.Collections.shuffle(rest, random);
            pool.addAll(rest);
            for (Learner l : pool) {
                if (out.size() >= n) {
                    break;
                }
                if (out.stream().noneMatch(o -> o.staffId() == l.staffId())) {
                    out.add(l);
                }
            }
            return new ArrayList<>(out);
        }

        void lecturers(long classId, String title) {
            jdbc.update("insert into class_lecturer (class_id, full_name, title, rank_code, organisation) values "
                    + "(?, ?, ?, ?, ?)", classId, "TS. Nguyễn Văn Thành", "Giảng viên chính", "GROUP_3",
                    "Trường Chính trị tỉnh Bắc Giang");
            jdbc.update("insert into class_lecturer (class_id, full_name, title, rank_code, organisation) values "
                    + "(?, ?, ?, ?, ?)", classId, "ThS. Lê Thị Minh Thu", "Trưởng phòng", "GROUP_4",
                    title.contains("số") ? "Sở Khoa học và Công nghệ tỉnh Bắc Giang" : "Sở Nội vụ tỉnh Bắc Giang");
        }

        /** Two half-day sessions a weekday from start to end, the lecturers in turn; their ids in order. */
        List<Long> sessions(long classId, String title, LocalDate start, LocalDate end) {
            List<Long> lecturers = jdbc.queryForList("select id from class_lecturer where class_id = ? order by id",
                    Long.class, classId);
            List<Object[]> rows = new ArrayList<>();
            int n = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (LocalTime[] half : HALF_DAYS) {
                    n++;
                    rows.add(new Object[] {classId, Date.valueOf(d), Time.valueOf(half[0]), Time.valueOf(half[1]),
                            "Phòng họp tầng 3, Sở Nội vụ", "Chuyên đề " + n + ": " + topic(title, n),
                            lecturers.get(n % 2 == 1 ? 0 : 1)});
                }
            }
            jdbc.batchUpdate("insert into class_session (class_id, session_date, start_time, end_time, room, topic, "
                    + "lecturer_id) values (?, ?, ?, ?, ?, ?, ?)", rows, new int[] {Types.BIGINT, Types.DATE,
                    Types.TIME, Types.TIME, Types.VARCHAR, Types.VARCHAR, Types.BIGINT});
            classes++;
            return jdbc.queryForList("select id from class_session where class_id = ? order by session_date, "
                    + "start_time", Long.class, classId);
        }

        private String topic(String title, int n) {
            String[] general = {"Tổng quan và yêu cầu của chương trình", "Khung pháp lý hiện hành",
                    "Kỹ năng thực hành", "Nghiên cứu tình huống", "Trao đổi kinh nghiệm", "Thảo luận nhóm",
                    "Thực hành trên hồ sơ mẫu", "Kiểm tra, đánh giá cuối khóa"};
            return general[(n - 1) % general.length] + " — " + title.replaceFirst("^Bồi dưỡng ", "");
        }

        /** Enrolled (nominated by the unit head, confirmed by the Office) or nominated and confirmed directly. */
        void enrol(long classId, List<Learner> people, LocalDate on, boolean viaHeads) {
            List<Object[]> rows = new ArrayList<>();
            for (Learner l : people) {
                Timestamp nominated = Timestamp.valueOf(on.atTime(9, 0));
                Timestamp decided = Timestamp.valueOf(on.plusDays(2).atTime(10, 0));
                rows.add(new Object[] {classId, agencyId, l.unitId(), l.staffId(), "ENROLLED",
                        viaHeads ? "tp.cchc" : null, viaHeads ? nominated : null, "chuyenvien", decided, null});
            }
            insertEnrolments(rows);
        }

        void nominate(long classId, List<Learner> people, LocalDate on) {
            List<Object[]> rows = new ArrayList<>();
            for (Learner l : people) {
                rows.add(new Object[] {classId, agencyId, l.unitId(), l.staffId(), "NOMINATED",
                        l.unitId() == unitOfHead("tp.tccb") ? "tp.tccb" : "tp.cchc",
                        Timestamp.valueOf(on.atTime(14, 0)), null, null, null});
            }
            insertEnrolments(rows);
        }

        void refuse(long classId, List<Learner> people, LocalDate on, String reason) {
            List<Object[]> rows = new ArrayList<>();
            for (Learner l : people) {
                rows.add(new Object[] {classId, agencyId, l.unitId(), l.staffId(), "REFUSED", "chuyenvien",
                        Timestamp.valueOf(on.atTime(8, 30)), "chuyenvien", Timestamp.valueOf(on.atTime(15, 0)),
                        reason});
            }
            insertEnrolments(rows);
        }

        private long unitOfHead(String username) {
            return directory.actorOf(username).map(a -> a.unitId() == null ? -1L : a.unitId()).orElse(-1L);
        }

        private void insertEnrolments(List<Object[]> rows) {
            jdbc.batchUpdate("insert into enrolment (class_id, agency_id, unit_id, staff_id, status, nominated_by, "
                    + "nominated_at, decided_by, decided_at, refusal_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                            Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR});
            enrolments += rows.size();
        }

        /**
         * A mark per session and learner: most present, now and then absent with leave (EXCUSED) or
         * without (ABSENT); the {@code weak} learners miss about half. How many sessions each attended.
         */
        Map<Long, Integer> attendance(List<Long> sessions, List<Learner> people, Set<Long> weak,
                LocalDateTime firstMarked, boolean full) {
            Map<Long, Integer> attended = new HashMap<>();
            List<Object[]> rows = new ArrayList<>();
            int s = 0;
            for (Long session : sessions) {
                for (Learner l : people) {
                    String presence;
                    if (weak.contains(l.staffId())) {
                        presence = s % 2 == 1 || s == sessions.size() - 1 ? (s % 4 == 1 ? "EXCUSED" : "ABSENT")
                                : "PRESENT";
                    } else {
                        int r = random.nextInt(30);
                        presence = r == 0 ? "ABSENT" : r == 1 ? "EXCUSED" : "PRESENT";
                    }
                    if ("PRESENT".equals(presence)) {
                        attended.merge(l.staffId(), 1, Integer::sum);
                    }
                    rows.add(new Object[] {session, l.staffId(), presence, "chuyenvien",
                            Timestamp.valueOf(firstMarked.plusDays(s / 2))});
                }
                s++;
            }
            jdbc.batchUpdate("insert into attendance (session_id, staff_id, presence, marked_by, marked_at) values "
                    + "(?, ?, ?, ?, ?)", rows, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                            Types.TIMESTAMP});
            marks += rows.size();
            return attended;
        }

        /**
         * Results: the {@code weak} did not complete (under 80 % of sessions); the others completed with
         * a score and its classification. {@code attended} empty: an external course, no sessions here.
         */
        void results(long classId, List<Learner> people, Set<Long> weak, LocalDate on, Map<Long, Integer> attended) {
            List<Object[]> rows = new ArrayList<>();
            for (Learner l : people) {
                boolean done = !weak.contains(l.staffId());
                BigDecimal score = done ? BigDecimal.valueOf(55 + random.nextInt(45), 1) : null;
                rows.add(new Object[] {done ? "COMPLETED" : "NOT_COMPLETED", score,
                        score == null ? null : classification(score), "chuyenvien", Timestamp.valueOf(on.atTime(16, 0)),
                        classId, l.staffId()});
            }
            jdbc.batchUpdate("update enrolment set outcome = ?, score = ?, classification = ?, result_by = ?, "
                    + "result_at = ?, version = version + 1 where class_id = ? and staff_id = ?", rows,
                    new int[] {Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
                            Types.BIGINT, Types.BIGINT});
        }

        /** A training-record line for each learner who completed. */
        void records(long classId, Map<String, Object> c, List<Learner> people, Set<Long> weak, double hours,
                LocalDate on) {
            List<Object[]> rows = new ArrayList<>();
            for (Learner l : people) {
                if (weak.contains(l.staffId())) {
                    continue;
                }
                Object institution = c.get("institution") != null ? c.get("institution") : "Sở Nội vụ tỉnh Bắc Giang";
                rows.add(new Object[] {agencyId, l.staffId(), classId, c.get("title"), c.get("category"),
                        c.get("level_code"), c.get("start_date"), c.get("end_date"),
                        BigDecimal.valueOf(hours == 0 ? 480 : hours), institution, Timestamp.valueOf(on.atTime(16, 5))});
            }
            jdbc.batchUpdate("insert into training_record (agency_id, staff_id, class_id, title, category, level_code, "
                    + "start_date, end_date, hours, institution, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                            Types.VARCHAR, Types.DATE, Types.DATE, Types.NUMERIC, Types.VARCHAR, Types.TIMESTAMP});
            records += rows.size();
        }

        void status(long classId, String status, LocalDateTime at, String cancelReason) {
            jdbc.update("update training_class set status = ?, status_changed_at = ?, cancel_reason = ?, "
                    + "version = version + 1 where id = ?", status, Timestamp.valueOf(at), cancelReason, classId);
        }
    }
}
