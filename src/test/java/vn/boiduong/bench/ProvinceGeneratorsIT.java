package vn.boiduong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.RequiresExternal;
import vn.boiduong.support.TestDatabaseConfig;

/**
 * The benchmark's chain of generators (organisation, competency, needs, plan) on a small province,
 * with the demo data, in its own application context (the shared one has them off): the rows they
 * write are ones the application itself reads correctly, and a second run adds nothing.
 */
@ExtendWith(RequiresExternal.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfig.class)
class ProvinceGeneratorsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // a database of its own: the shared context's is migrated and filled by the other tests
        External.ownDatabase(registry, "province");
        registry.add("boiduong.demo-data", () -> "true");
        registry.add("boiduong.province-generator", () -> "true");
        registry.add("boiduong.province-generator.staff", () -> "3000");
        registry.add("boiduong.province-generator.home-affairs-staff", () -> "1200");
        registry.add("boiduong.province-generator.plan-items", () -> "300");
        // five years of delivery: SNV's 300 classes a year and two a year in each other agency, 20,000 results
        registry.add("boiduong.province-generator.classes", () -> "1900");
        registry.add("boiduong.province-generator.results", () -> "20000");
        // as the benchmark runs it: the demo agency sends one need for every two people
        registry.add("boiduong.province-generator.home-affairs-people-per-need", () -> "2");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> "1");
        registry.add("spring.thymeleaf.cache", () -> "true");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private final int year = LocalDate.now().getYear();

    @Test
    void theGeneratedProvinceIsOneTheApplicationReads() throws Exception {
        Long snv = jdbc.queryForObject("select id from agency where code = 'SNV'", Long.class);
        Long gapUnit = jdbc.queryForObject("select id from unit where agency_id = ? and code = 'DV01'", Long.class, snv);
        assertThat(count("select count(*) from staff where unit_id = " + gapUnit + " and active = true")).isEqualTo(200);

        // competencies: every agency has the demo catalogue; assessments of the person's own agency, one open
        // per person and competency, a closed one ending the day the open one began
        int catalogue = count("select count(*) from competency where agency_id = " + snv);
        assertThat(catalogue).isPositive();
        assertThat(count("select count(*) from agency a where (select count(*) from competency c "
                + "where c.agency_id = a.id) <> " + catalogue)).isZero();
        assertThat(count("select count(*) from competency_assessment where assessor = 'province-generator'"))
                .isGreaterThan(1000);
        assertThat(count("""
                select count(*) from competency_assessment a join staff s on s.id = a.staff_id
                join competency c on c.id = a.competency_id where c.agency_id <> s.agency_id""")).isZero();
        assertThat(count("""
                select count(*) from (select staff_id, competency_id from competency_assessment where valid_to is null
                group by staff_id, competency_id having count(*) > 1) x""")).isZero();
        assertThat(count("""
                select count(*) from competency_assessment old where old.valid_to is not null and not exists (
                  select 1 from competency_assessment cur where cur.staff_id = old.staff_id
                    and cur.competency_id = old.competency_id and cur.valid_to is null
                    and cur.assessed_on = old.valid_to and old.assessed_on < cur.assessed_on)""")).isZero();

        // the gap table of the 200-person unit, as the Office reads it
        Api office = new Api("http://localhost:" + port).signedIn("chuyenvien");
        Api.Response gaps = office.get("/api/v1/units/" + gapUnit + "/competency-gaps");
        assertThat(gaps.status()).isEqualTo(200);
        JsonNode matrix = gaps.json();
        assertThat(matrix.get("staff").size()).isEqualTo(200);
        assertThat(matrix.get("competencies").size()).isGreaterThan(5);
        JsonNode first = matrix.get("staff").get(0);
        Map<String, Object> open = jdbc.queryForMap("""
                select competency_id, assessed_level from competency_assessment
                where staff_id = ? and valid_to is null order by competency_id fetch first 1 rows only""",
                first.get("staffId").asLong());
        JsonNode cell = null;
        for (JsonNode g : first.get("gaps")) {
            cell = g.get("competencyId").asLong() == ((Number) open.get("competency_id")).longValue() ? g : cell;
        }
        assertThat(cell).isNotNull();
        assertThat(cell.get("current").asInt()).isEqualTo(((Number) open.get("assessed_level")).intValue());

        // needs: accepted, this year, of a generated unit of their own agency, one per ten people (at least one),
        // one per two in the demo agency SNV
        assertThat(count("select count(*) from training_need where created_by = 'province-generator'"))
                .isGreaterThan(300);
        assertThat(count("""
                select count(*) from (select u.id, u.agency_id, count(s.id) as people from unit u
                  join staff s on s.unit_id = u.id and s.active = true where u.code like 'DV%' group by u.id, u.agency_id) p
                where (select count(*) from training_need n where n.unit_id = p.id and n.created_by = 'province-generator')
                  <> greatest(1, round(p.people / (case when p.agency_id = :snv then 2.0 else 10.0 end)))"""
                .replace(":snv", String.valueOf(snv)))).isZero();
        assertThat(count("""
                select count(*) from training_need n join unit u on u.id = n.unit_id
                where n.created_by = 'province-generator' and (u.agency_id <> n.agency_id or u.code not like 'DV%'
                  or n.status <> 'ACCEPTED' or n.training_year <> """ + year + ")")).isZero();
        Api.Response summary = office.get("/api/v1/needs/summary?year=" + year);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("needCount").asInt()).isEqualTo(count(
                "select count(*) from training_need where status = 'ACCEPTED' and training_year = " + year
                        + " and agency_id = " + snv));
        boolean merged = false;
        for (JsonNode line : summary.json().get("items")) {
            merged |= !line.get("consolidatedNeedId").isNull() && line.get("needIds").size() > 1;
        }
        assertThat(merged).as("the CV course's two wordings merged into one line").isTrue();

        // the plan: approved through the service, its items serve accepted needs of SNV of the year, one class each
        Long plan = jdbc.queryForObject("select id from training_plan where agency_id = ? and plan_year = ? "
                + "and status = 'APPROVED'", Long.class, snv, year);
        assertThat(count("select count(*) from plan_item where plan_id = " + plan)).isEqualTo(300);
        assertThat(count("select count(*) from training_class where plan_id = " + plan)).isEqualTo(300);
        assertThat(count("""
                select count(*) from plan_item_need l join plan_item i on i.id = l.item_id
                left join training_need n on n.id = l.need_id
                where i.plan_id = %d and (n.id is null or n.agency_id <> %d or n.status <> 'ACCEPTED'
                  or n.training_year <> %d)""".formatted(plan, snv, year))).isZero();
        for (String form : List.of("2a", "2b", "2c")) {
            Api.Response sheet = office.get("/api/v1/reports/" + form + "?year=" + year, XLSX);
            assertThat(sheet.status()).as(form).isEqualTo(200);
            assertThat(sheet.bytes()).as(form).startsWith('P', 'K');
        }
        Api.Response pdf = office.get("/api/v1/plans/" + plan + "/decision.pdf", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");

        // delivery: five years of classes, results of closed classes, a record line per completed one, and the
        // attendance grid's class (200 learners of DV01, 20 sessions, every mark)
        theDeliveryYearsAreOnesTheApplicationReads(snv, office);

        // a second start changes nothing
        List<String> tables = List.of("staff", "competency", "competency_assessment", "training_need",
                "consolidated_need", "training_plan", "plan_item", "plan_item_need", "training_class", "enrolment",
                "training_record", "class_session", "attendance");
        List<Integer> before = tables.stream().map(t -> count("select count(*) from " + t)).toList();
        for (ApplicationRunner r : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (r.getClass().getSimpleName().startsWith("Province")) {
                r.run(new DefaultApplicationArguments());
            }
        }
        assertThat(tables.stream().map(t -> count("select count(*) from " + t)).toList()).isEqualTo(before);
    }

    private void theDeliveryYearsAreOnesTheApplicationReads(Long snv, Api office) {
        for (int y = year - 4; y <= year; y++) {
            assertThat(count("select count(*) from training_class where agency_id = " + snv + " and plan_year = " + y))
                    .as("SNV's classes of " + y).isEqualTo(300);
            assertThat(count("select count(*) from training_plan where status = 'APPROVED' and plan_year = " + y))
                    .as("an approved plan per agency in " + y).isEqualTo(count("select count(*) from agency"));
        }
        int classes = count("select count(*) from training_class");
        assertThat(classes).isBetween(1700, 2100);
        assertThat(count("select count(*) from training_class where plan_year < " + year + " and status not in "
                + "('CLOSED', 'CANCELLED')")).isZero();
        assertThat(count("select count(*) from training_class where status = 'CANCELLED' and cancel_reason is null"))
                .isZero();
        int results = count("select count(*) from enrolment where outcome is not null");
        assertThat(results).isBetween(16_000, 24_000);
        // a result only in a closed class; every completed one on the training record, the others not
        assertThat(count("select count(*) from enrolment e join training_class c on c.id = e.class_id "
                + "where e.outcome is not null and c.status <> 'CLOSED'")).isZero();
        assertThat(count("select count(*) from enrolment e join training_class c on c.id = e.class_id "
                + "where c.status = 'CLOSED' and e.status = 'ENROLLED' and e.outcome is null")).isZero();
        assertThat(count("select count(*) from training_record")).isEqualTo(count(
                "select count(*) from enrolment where outcome = 'COMPLETED'"));
        assertThat(count("select count(*) from enrolment e join staff s on s.id = e.staff_id "
                + "where s.agency_id <> e.agency_id or s.unit_id <> e.unit_id")).isZero();
        // the attendance grid's class
        Map<String, Object> big = jdbc.queryForMap("select s.class_id, count(*) as sessions from class_session s "
                + "join training_class c on c.id = s.class_id where c.agency_id = ? group by s.class_id "
                + "order by count(*) desc fetch first 1 rows only", snv);
        long bigId = ((Number) big.get("class_id")).longValue();
        assertThat(((Number) big.get("sessions")).intValue()).isEqualTo(20);
        assertThat(count("select count(*) from enrolment where class_id = " + bigId + " and status = 'ENROLLED'"))
                .isEqualTo(200);
        assertThat(count("select count(*) from attendance a join class_session s on s.id = a.session_id "
                + "where s.class_id = " + bigId + " and a.presence = 'PRESENT'")).isEqualTo(4000);
        // the classes list of a year and the big class, as the Office reads them
        Api.Response list = office.get("/api/v1/classes?year=" + (year - 1));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("totalItems").asInt()).isEqualTo(300);
        assertThat(office.get("/api/v1/classes/" + bigId).status()).isEqualTo(200);
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
