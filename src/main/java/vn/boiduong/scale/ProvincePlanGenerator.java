package vn.boiduong.scale;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.needs.ConsolidatedNeeds;
import vn.boiduong.needs.NeedView;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanView;

/**
 * Scale data for the benchmark of the plan's documents (boiduong.province-generator=true), after the
 * province's needs (order 1,020): this year's plan of the demo agency SNV (the agency the benchmark's
 * accounts see) with 2,000 items, the size of a whole province's plan, each serving one or two of
 * the agency's accepted needs of the year. The plan is opened, submitted and approved through
 * {@link PlanService} (so its classes are made as B4 makes them); only the items are written with
 * JDBC batches: adding 2,000 one by one through the service would reload the growing plan each time.
 * Fixed seed; nothing done when the agency already has a plan for the year.
 */
@Component
@Order(ProvinceGenerator.ORDER + 30)
@ConditionalOnProperty(name = "boiduong.province-generator", havingValue = "true")
class ProvincePlanGenerator implements ApplicationRunner {

    /** The demo agency: the benchmark's accounts see it only. */
    static final String AGENCY = ProvinceCatalog.HOME_AFFAIRS;
    static final int ITEMS = 2_000;
    static final long SEED = 2025_07_04L;
    private static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ProvincePlanGenerator.class);

    private static final String INSERT = """
            insert into plan_item (plan_id, seq, kind, title, category, level_code, target_learners, headcount,
                start_date, end_date, location, lecturers, institution, fee_lecturers, fee_materials, fee_hall,
                fee_travel, fee_certificates, fee_management, fee_tuition, budget_total, funding_source)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] TYPES = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
            Types.BIGINT, Types.BIGINT, Types.VARCHAR};
    private static final String[] PLACES = {"Hội trường Sở Nội vụ", "Trường Chính trị tỉnh Bắc Giang",
            "Trung tâm Hội nghị tỉnh", "Hội trường Ủy ban nhân dân tỉnh"};
    private static final String[] INSTITUTIONS = {"Trường Chính trị tỉnh Bắc Giang",
            "Học viện Hành chính Quốc gia", "Trường Đại học Nội vụ Hà Nội", "Học viện Chính trị khu vực I"};

    private final JdbcTemplate jdbc;
    private final PlanService plans;
    private final ConsolidatedNeeds needs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int items;

    @Autowired
    ProvincePlanGenerator(JdbcTemplate jdbc, PlanService plans, ConsolidatedNeeds needs,
            TransactionTemplate transaction, Clock clock,
            @Value("${boiduong.province-generator.plan-items:" + ITEMS + "}") int items) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.needs = needs;
        this.transaction = transaction;
        this.clock = clock;
        this.items = items;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> found = jdbc.queryForList("select id from agency where code = ?", Long.class, AGENCY);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        if (found.isEmpty()) {
            log.info("Province plan generator: no agency {}, nothing to do", AGENCY);
            return;
        }
        Long agencyId = found.get(0);
        if (plans.findByYear(agencyId, year).isPresent()) {
            log.info("Province plan generator: {} already has a plan for {}, nothing to do", AGENCY, year);
            return;
        }
        long start = System.nanoTime();
        Actor chief = new Actor(null, "province-generator", "Dữ liệu tỉnh (sinh tự động)", Set.of(Role.OFFICE_CHIEF),
                null, agencyId);
        Actor director = new Actor(null, "province-generator", "Dữ liệu tỉnh (sinh tự động)", Set.of(Role.DIRECTOR),
                null, agencyId);
        PlanView plan = plans.create(chief, year, LocalDate.of(year, 1, 15));
        List<NeedView> accepted = needs.accepted(agencyId, year);
        transaction.executeWithoutResult(s -> writeItems(plan.id(), year, accepted));
        plans.submit(chief, plan.id());
        plans.approve(director, plan.id(), "15/QĐ-" + AGENCY, earlier(LocalDate.of(year, 2, 28), today));
        log.info("Province plan generator: plan {} of {} for {} with {} items serving {} accepted needs, approved, "
                + "in {} ms", plan.id(), AGENCY, year, items, accepted.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Item n serves need n (and need n + 1 when it is of the same kind), round the year's needs. */
    private void writeItems(Long planId, int year, List<NeedView> accepted) {
        Random random = new Random(SEED);
        List<Object[]> rows = new ArrayList<>(BATCH);
        Map<Integer, List<Long>> served = new HashMap<>();
        for (int n = 0; n < items; n++) {
            NeedView need = accepted.isEmpty() ? null : accepted.get(n % accepted.size());
            List<Long> ids = new ArrayList<>();
            String category = "OTHER";
            String level = null;
            String title = "Bồi dưỡng kỹ năng làm việc nhóm";
            int headcount = 10 + random.nextInt(40);
            if (need != null) {
                ids.add(need.id());
                category = need.category().name();
                level = need.level();
                title = need.title();
                headcount = need.headcount();
                NeedView next = accepted.get((n + 1) % accepted.size());
                if (accepted.size() > 1 && next.category() == need.category()
                        && java.util.Objects.equals(next.level(), need.level())) {
                    ids.add(next.id());
                    headcount += next.headcount();
                }
            }
            served.put(n + 1, ids);
            boolean hosted = random.nextInt(10) < 7;
            LocalDate startDate = LocalDate.of(year, 1, 1).plusDays(14 + random.nextInt(320));
            LocalDate endDate = startDate.plusDays(hosted ? random.nextInt(5) : 5 + random.nextInt(40));
            long lecturers = hosted ? 1_000_000L * (2 + random.nextInt(10)) : 0;
            long materials = hosted ? 50_000L * headcount : 0;
            long hall = hosted ? 500_000L * (1 + random.nextInt(4)) : 0;
            long certificates = hosted ? 20_000L * headcount : 0;
            long management = hosted ? 300_000L : 0;
            long tuition = hosted ? 0 : 1_500_000L * headcount * (1 + random.nextInt(4));
            long total = lecturers + materials + hall + certificates + management + tuition;
            int f = random.nextInt(10);
            FundingSource funding = f < 7 ? FundingSource.LOCAL : f < 9 ? FundingSource.CENTRAL : FundingSource.OTHER;
            rows.add(new Object[] {planId, n + 1, (hosted ? ItemKind.HOSTED : ItemKind.EXTERNAL).name(),
                    (hosted ? "" : "Cử đi học: ") + title + " (lớp " + (n + 1) + ")", category, level,
                    "Cán bộ, công chức, viên chức của các đơn vị đề xuất", headcount, java.sql.Date.valueOf(startDate),
                    java.sql.Date.valueOf(endDate), hosted ? PLACES[random.nextInt(PLACES.length)] : null,
                    hosted ? "Giảng viên Trường Chính trị tỉnh; báo cáo viên của Sở" : null,
                    hosted ? null : INSTITUTIONS[random.nextInt(INSTITUTIONS.length)], hosted ? lecturers : null,
                    hosted ? materials : null, hosted ? hall : null, null, hosted ? certificates : null,
                    hosted ? management : null, hosted ? null : tuition, total, funding.name()});
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(INSERT, rows, TYPES);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows, TYPES);
        }
        List<Object[]> links = new ArrayList<>();
        jdbc.query("select id, seq from plan_item where plan_id = ?", rs -> {
            for (Long need : served.getOrDefault(rs.getInt("seq"), List.of())) {
                links.add(new Object[] {rs.getLong("id"), need});
            }
        }, planId);
        jdbc.batchUpdate("insert into plan_item_need (item_id, need_id) values (?, ?)", links,
                new int[] {Types.BIGINT, Types.BIGINT});
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
