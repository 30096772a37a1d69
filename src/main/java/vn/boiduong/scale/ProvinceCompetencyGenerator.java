package vn.boiduong.scale;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.competency.CompetencySetup;
import vn.boiduong.organization.VietnameseNames;

/**
 * Scale data for the competency-gap benchmark (boiduong.province-generator=true), after the
 * organisation's province generator ({@link ProvinceGenerator}): every agency without a catalogue
 * gets a copy of the demo agency's (competencies, job positions, required levels), and every active
 * person without an assessment gets last year's assessment of each competency their post, grade
 * and title require, a quarter of them with an older one it closed. Plain JDBC batches, fixed seed,
 * nothing done when its assessments are already there. Without a catalogue to copy (no demo data)
 * it does nothing.
 */
@Component
@Order(ProvinceGenerator.ORDER + 10)
@ConditionalOnProperty(name = "boiduong.province-generator", havingValue = "true")
class ProvinceCompetencyGenerator implements ApplicationRunner {

    /** The assessor of every generated assessment: how a second run knows it has run. */
    static final String ASSESSOR = "province-generator";
    static final long SEED = 2025_07_02L;
    private static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(ProvinceCompetencyGenerator.class);

    private static final String INSERT = """
            insert into competency_assessment (staff_id, competency_id, assessed_level, assessed_on, valid_to,
                assessor, evidence, recorded_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.DATE, Types.DATE,
            Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP};

    /** One requirement row, as the competency module's RequirementIndex reads it. */
    private record Requirement(long competencyId, Long positionId, String grade, String titleKey, int level) {
    }

    private record Person(long id, long agencyId, String position, String grade, String title) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    ProvinceCompetencyGenerator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!jdbc.queryForList("select id from competency_assessment where assessor = ? fetch first 1 rows only",
                Long.class, ASSESSOR).isEmpty()) {
            log.info("Province competency generator: the assessments are already there, nothing to do");
            return;
        }
        long start = System.nanoTime();
        List<Long> templates = jdbc.queryForList("""
                select a.id from agency a where exists (select 1 from competency c where c.agency_id = a.id)
                order by case when a.code = 'SNV' then 0 else 1 end, a.id""", Long.class);
        if (templates.isEmpty()) {
            log.info("Province competency generator: no catalogue to copy (demo data off), nothing to do");
            return;
        }
        Long template = templates.get(0);
        List<Long> bare = jdbc.queryForList("""
                select a.id from agency a where not exists (select 1 from competency c where c.agency_id = a.id)
                order by a.id""", Long.class);
        bare.forEach(a -> copyCatalogue(template, a));
        int written = assess(LocalDate.now(clock));
        log.info("Province competency generator: catalogue copied to {} agencies, {} assessments in {} ms",
                bare.size(), written, (System.nanoTime() - start) / 1_000_000);
    }

    private void copyCatalogue(Long from, Long to) {
        jdbc.update("""
                insert into competency (agency_id, code, name, competency_group, description, level1, level2, level3,
                    level4, level5, active, version)
                select ?, code, name, competency_group, description, level1, level2, level3, level4, level5, active, 0
                from competency where agency_id = ?""", to, from);
        jdbc.update("""
                insert into competency_training (competency_id, sort_order, category, category_level)
                select n.id, t.sort_order, t.category, t.category_level
                from competency_training t
                join competency o on o.id = t.competency_id
                join competency n on n.code = o.code and n.agency_id = ?
                where o.agency_id = ?""", to, from);
        jdbc.update("""
                insert into job_position (agency_id, name, description, version)
                select ?, name, description, 0 from job_position where agency_id = ?""", to, from);
        jdbc.update("""
                insert into required_competency (competency_id, job_position_id, grade_code, professional_title,
                    required_level)
                select nc.id, nj.id, r.grade_code, r.professional_title, r.required_level
                from required_competency r
                join competency oc on oc.id = r.competency_id
                join competency nc on nc.code = oc.code and nc.agency_id = ?
                left join job_position oj on oj.id = r.job_position_id
                left join job_position nj on nj.name = oj.name and nj.agency_id = ?
                where oc.agency_id = ?""", to, to, from);
    }

    /** Last year's assessment of each required competency; people already assessed are left alone. */
    private int assess(LocalDate today) {
        Map<Long, Map<String, Long>> positions = new HashMap<>();
        jdbc.query("select id, agency_id, name from job_position", rs -> {
            positions.computeIfAbsent(rs.getLong("agency_id"), k -> new HashMap<>())
                    .put(CompetencySetup.jobPositionKey(rs.getString("name")), rs.getLong("id"));
        });
        Map<Long, List<Requirement>> requirements = new HashMap<>();
        jdbc.query("""
                select c.agency_id, r.competency_id, r.job_position_id, r.grade_code, r.professional_title,
                    r.required_level
                from required_competency r join competency c on c.id = r.competency_id
                where c.active = true order by r.id""", rs -> {
            String title = rs.getString("professional_title");
            requirements.computeIfAbsent(rs.getLong("agency_id"), k -> new ArrayList<>())
                    .add(new Requirement(rs.getLong("competency_id"), (Long) rs.getObject("job_position_id", Long.class),
                            rs.getString("grade_code"), title == null ? null : VietnameseNames.fold(title),
                            rs.getInt("required_level")));
        });
        Random random = new Random(SEED);
        int lastYear = today.getYear() - 1;
        Timestamp recorded = Timestamp.valueOf(today.withDayOfYear(1).minusDays(1).atTime(16, 0));
        List<Object[]> rows = new ArrayList<>(BATCH);
        int written = 0;
        // read first, then write: no statement runs while a result set is open on the connection
        List<Person> people = jdbc.query("""
                select s.id, s.agency_id, s.position, s.grade_code, s.professional_title from staff s
                where s.active = true
                  and not exists (select 1 from competency_assessment a where a.staff_id = s.id)
                order by s.id""", (rs, i) -> new Person(rs.getLong("id"), rs.getLong("agency_id"),
                rs.getString("position"), rs.getString("grade_code"), rs.getString("professional_title")));
        for (Person p : people) {
            long staffId = p.id();
            Map<Long, Integer> required = required(requirements.getOrDefault(p.agencyId(), List.of()),
                    positions.getOrDefault(p.agencyId(), Map.of()), p.position(), p.grade(), p.title());
            for (Map.Entry<Long, Integer> r : required.entrySet()) {
                int draw = random.nextInt(100);
                if (draw < 8) {
                    continue; // not yet assessed: counts as level 0
                }
                // most meet the level or miss it by one; a few are two short, a few above it
                int level = clamp(r.getValue() + (draw < 30 ? -1 : draw < 38 ? -2 : draw < 90 ? 0 : 1));
                LocalDate on = LocalDate.of(lastYear, 3 + random.nextInt(9), 1 + random.nextInt(28));
                if (random.nextInt(4) == 0) {
                    LocalDate before = on.minusYears(2).plusDays(random.nextInt(60));
                    rows.add(new Object[] {staffId, r.getKey(), clamp(level - 1), java.sql.Date.valueOf(before),
                            java.sql.Date.valueOf(on), ASSESSOR, "Đánh giá định kỳ năm " + before.getYear(), recorded});
                }
                rows.add(new Object[] {staffId, r.getKey(), level, java.sql.Date.valueOf(on), null, ASSESSOR,
                        "Đánh giá định kỳ năm " + lastYear, recorded});
                if (rows.size() >= BATCH) {
                    written += flush(rows);
                }
            }
        }
        return written + flush(rows);
    }

    /**
     * The same rule as the competency module's RequirementIndex.required: post, grade and title; the
     * highest level wins. Posts are compared by the module's own key ({@link CompetencySetup#jobPositionKey}).
     */
    static Map<Long, Integer> required(List<Requirement> requirements, Map<String, Long> positions, String position,
            String grade, String title) {
        Long positionId = position == null ? null : positions.get(CompetencySetup.jobPositionKey(position));
        String titleKey = title == null || title.isBlank() ? null : VietnameseNames.fold(title);
        Map<Long, Integer> out = new TreeMap<>();
        for (Requirement r : requirements) {
            boolean applies = r.positionId() != null ? r.positionId().equals(positionId)
                    : r.grade() != null ? r.grade().equals(grade) : r.titleKey() != null && r.titleKey().equals(titleKey);
            if (applies) {
                out.merge(r.competencyId(), r.level(), Math::max);
            }
        }
        return out;
    }

    private int flush(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(INSERT, rows, TYPES);
        int n = rows.size();
        rows.clear();
        return n;
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }
}
