package vn.boiduong.scale;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.organization.VietnameseNames;

/**
 * Scale data for the consolidation benchmark (boiduong.province-generator=true), after the
 * organisation's province generator ({@link ProvinceGenerator}): this year's training needs of
 * every generated unit of the province (code DVnn; the demo's own units keep their story), already
 * sent and accepted, one for about every ten active people, with the titles units really send (so
 * that the summary groups many needs into few lines); in each agency the Office has merged the two
 * wordings of the CV course into one consolidated line. A need collection is opened for the
 * agencies that have none for the year. Plain JDBC batches, fixed seed; nothing done when its
 * needs are already there.
 */
@Component
@Order(ProvinceGenerator.ORDER + 20)
@ConditionalOnProperty(name = "boiduong.province-generator", havingValue = "true")
class ProvinceNeedsGenerator implements ApplicationRunner {

    /** The author of every generated need: how a second run knows it has run. */
    static final String AUTHOR = "province-generator";
    static final long SEED = 2025_07_03L;
    static final int PEOPLE_PER_NEED = 10;
    private static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ProvinceNeedsGenerator.class);

    /** What a unit asks for, by weight; the first two are the same course worded two ways. */
    record Template(TrainingCategory category, String level, String title, int weight, int costPerPerson) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template(TrainingCategory.STATE_MANAGEMENT, "SPECIALIST",
                    "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên", 12, 3_500_000),
            new Template(TrainingCategory.STATE_MANAGEMENT, "SPECIALIST",
                    "Bồi dưỡng QLNN chương trình chuyên viên", 6, 3_500_000),
            new Template(TrainingCategory.STATE_MANAGEMENT, "PRINCIPAL",
                    "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính", 6, 6_000_000),
            new Template(TrainingCategory.STATE_MANAGEMENT, "SENIOR_PRINCIPAL",
                    "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên cao cấp", 1, 12_000_000),
            new Template(TrainingCategory.POLITICAL_THEORY, "INTERMEDIATE",
                    "Trung cấp lý luận chính trị - hành chính", 6, 8_000_000),
            new Template(TrainingCategory.POLITICAL_THEORY, "ADVANCED", "Cao cấp lý luận chính trị", 2, 20_000_000),
            new Template(TrainingCategory.POLITICAL_THEORY, "ELEMENTARY", "Sơ cấp lý luận chính trị", 4, 1_500_000),
            new Template(TrainingCategory.PROFESSIONAL_TITLE, "RANK_III",
                    "Bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp hạng III", 8, 2_500_000),
            new Template(TrainingCategory.PROFESSIONAL_TITLE, "RANK_II",
                    "Bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp hạng II", 5, 3_500_000),
            new Template(TrainingCategory.LEADERSHIP, "DIVISION", "Bồi dưỡng lãnh đạo, quản lý cấp phòng", 4,
                    4_000_000),
            new Template(TrainingCategory.LEADERSHIP, "DEPARTMENT", "Bồi dưỡng lãnh đạo, quản lý cấp sở", 1,
                    7_000_000),
            new Template(TrainingCategory.DEFENSE_SECURITY, "GROUP_3", "Bồi dưỡng kiến thức quốc phòng và an ninh "
                    + "đối tượng 3", 3, 2_000_000),
            new Template(TrainingCategory.DEFENSE_SECURITY, "GROUP_4", "Bồi dưỡng kiến thức quốc phòng và an ninh "
                    + "đối tượng 4", 5, 1_500_000),
            new Template(TrainingCategory.JOB_POSITION, null, "Kỹ năng soạn thảo văn bản hành chính", 8, 1_200_000),
            new Template(TrainingCategory.JOB_POSITION, null, "Nghiệp vụ công tác văn thư, lưu trữ", 4, 1_200_000),
            new Template(TrainingCategory.JOB_POSITION, null, "Kỹ năng giao tiếp, ứng xử với người dân", 5,
                    1_000_000),
            new Template(TrainingCategory.JOB_POSITION, null, "Nghiệp vụ thanh tra, tiếp công dân", 2, 1_500_000),
            new Template(TrainingCategory.DIGITAL, null, "Kỹ năng số và chuyển đổi số trong cơ quan nhà nước", 8,
                    1_000_000),
            new Template(TrainingCategory.DIGITAL, null, "Ứng dụng công nghệ thông tin nâng cao", 3, 1_500_000),
            new Template(TrainingCategory.FOREIGN_LANGUAGE, null, "Tiếng Anh giao tiếp trình độ B1", 3, 5_000_000),
            new Template(TrainingCategory.ETHNIC_LANGUAGE, null, "Tiếng dân tộc Nùng", 1, 4_000_000),
            new Template(TrainingCategory.OTHER, null, "Bồi dưỡng kỹ năng làm việc nhóm", 2, 800_000));

    private static final String INSERT = """
            insert into training_need (agency_id, unit_id, training_year, title, search_text, category, training_level,
                headcount, planned_quarter, estimated_cost, rationale, status, created_by, created_at, updated_at,
                first_submitted_at, submitted_at, decided_at, decided_by, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP,
            Types.VARCHAR};

    private record GeneratedUnit(long id, long agencyId, int people) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /**
     * People per need in the home affairs department: 10 like everywhere by default; the benchmark
     * sets 2, so that its one agency with accounts sends as many needs as the whole province and
     * the consolidation endpoint is timed at the volume of a province's year (docs/benchmarks.md).
     */
    private final int homeAffairsPeoplePerNeed;

    @Autowired
    ProvinceNeedsGenerator(JdbcTemplate jdbc, Clock clock,
            @Value("${boiduong.province-generator.home-affairs-people-per-need:" + PEOPLE_PER_NEED + "}")
            int homeAffairsPeoplePerNeed) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.homeAffairsPeoplePerNeed = Math.max(1, homeAffairsPeoplePerNeed);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!jdbc.queryForList("select id from training_need where created_by = ? fetch first 1 rows only", Long.class,
                AUTHOR).isEmpty()) {
            log.info("Province needs generator: the needs are already there, nothing to do");
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<GeneratedUnit> units = jdbc.query("""
                select u.id, u.agency_id, count(s.id) as people from unit u
                join staff s on s.unit_id = u.id and s.active = true
                where u.code like 'DV%' and u.active = true
                  and not exists (select 1 from training_need n where n.unit_id = u.id and n.training_year = ?)
                group by u.id, u.agency_id order by u.id""",
                (rs, i) -> new GeneratedUnit(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("people")), year);
        openCollections(year, today);
        int total = 0;
        for (int w : TEMPLATES.stream().mapToInt(Template::weight).toArray()) {
            total += w;
        }
        Random random = new Random(SEED);
        // sent in January, accepted in February (or yesterday, early in the year)
        LocalDateTime sent = LocalDateTime.of(year, 1, 20, 9, 0);
        LocalDateTime decided = earlier(LocalDateTime.of(year, 2, 15, 15, 0), today.atStartOfDay().minusHours(8));
        sent = earlier(sent, decided.minusHours(4));
        Timestamp sentAt = Timestamp.valueOf(sent);
        Timestamp decidedAt = Timestamp.valueOf(decided);
        List<Object[]> rows = new ArrayList<>(BATCH);
        int written = 0;
        List<Long> homeAffairs = jdbc.queryForList("select id from agency where code = ?", Long.class,
                ProvinceCatalog.HOME_AFFAIRS);
        for (GeneratedUnit u : units) {
            int perNeed = homeAffairs.contains(u.agencyId()) ? homeAffairsPeoplePerNeed : PEOPLE_PER_NEED;
            int count = Math.max(1, Math.round(u.people() / (float) perNeed));
            for (int k = 0; k < count; k++) {
                Template t = pick(random.nextInt(total));
                int headcount = 1 + random.nextInt(Math.max(1, Math.min(u.people(), 25)));
                Integer quarter = random.nextInt(5) == 0 ? null : 1 + random.nextInt(4);
                rows.add(new Object[] {u.agencyId(), u.id(), year, t.title(), VietnameseNames.fold(t.title()),
                        t.category().name(), t.level(), headcount, quarter, (long) headcount * t.costPerPerson(),
                        "Đáp ứng tiêu chuẩn ngạch, chức danh và yêu cầu vị trí việc làm của " + headcount + " người.",
                        NeedStatus.ACCEPTED.name(), AUTHOR, sentAt, decidedAt, sentAt, sentAt, decidedAt,
                        AUTHOR});
                if (rows.size() == BATCH) {
                    jdbc.batchUpdate(INSERT, rows, TYPES);
                    written += rows.size();
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows, TYPES);
            written += rows.size();
        }
        int lines = mergeTheTwoWordings(year, decided);
        log.info("Province needs generator: {} accepted needs of {} units for {}, {} consolidated lines in {} ms",
                written, units.size(), year, lines, (System.nanoTime() - start) / 1_000_000);
    }

    private void openCollections(int year, LocalDate today) {
        LocalDate due = LocalDate.of(year, 1, 31);
        jdbc.update("""
                insert into need_collection (agency_id, training_year, due_date, opened_by, opened_at, version)
                select a.id, ?, ?, ?, ?, 0 from agency a
                where not exists (select 1 from need_collection c where c.agency_id = a.id and c.training_year = ?)""",
                year, java.sql.Date.valueOf(due), AUTHOR,
                Timestamp.valueOf(earlier(LocalDateTime.of(year, 1, 2, 8, 0), today.atStartOfDay())), year);
    }

    /** In every agency the Office merged the CV course's two wordings into one line, as B2 lets it. */
    private int mergeTheTwoWordings(int year, LocalDateTime at) {
        Template first = TEMPLATES.get(0);
        Template second = TEMPLATES.get(1);
        List<Long> agencies = jdbc.queryForList("""
                select distinct agency_id from training_need
                where created_by = ? and training_year = ? and title in (?, ?) order by agency_id""", Long.class,
                AUTHOR, year, first.title(), second.title());
        for (Long agency : agencies) {
            jdbc.update("""
                    insert into consolidated_need (agency_id, training_year, title, category, training_level,
                        created_by, created_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, 0)""", agency, year, first.title(), first.category().name(),
                    first.level(), AUTHOR, Timestamp.valueOf(at));
            Long line = jdbc.queryForObject("""
                    select max(id) from consolidated_need where agency_id = ? and training_year = ? and created_by = ?""",
                    Long.class, agency, year, AUTHOR);
            jdbc.update("""
                    update training_need set consolidated_need_id = ?
                    where agency_id = ? and training_year = ? and created_by = ? and title in (?, ?)""",
                    line, agency, year, AUTHOR, first.title(), second.title());
        }
        return agencies.size();
    }

    private static Template pick(int r) {
        for (Template t : TEMPLATES) {
            r -= t.weight();
            if (r < 0) {
                return t;
            }
        }
        return TEMPLATES.get(TEMPLATES.size() - 1);
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
