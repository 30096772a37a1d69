package vn.boiduong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/**
 * B5's demo data (DeliveryDemoData) on the shared start with the demo: this year's plan has a class
 * in every state, last year's classes are carried through to CLOSED with attendance, results and
 * training-record lines, and the demo learner nhanvien completed one last year and is in one this year.
 * Read through the API where it exists, through the tables otherwise.
 */
class DeliveryDemoDataIT extends HttpTest {

    @Autowired
    JdbcTemplate jdbc;

    private final int year = LocalDate.now().getYear();

    private Long snv() {
        return jdbc.queryForObject("select id from agency where code = 'SNV'", Long.class);
    }

    @Test
    void thisYearHasAClassInEveryStateAndLastYearsAreClosed() {
        JsonNode page = api().as("chuyenvien").get("/api/v1/classes?year=" + year + "&size=100").json();
        Set<String> states = new HashSet<>();
        for (JsonNode c : page.get("items")) {
            states.add(c.get("status").asString());
            if (c.get("status").asString().equals("OPEN")) {
                assertThat(c.get("nominated").asInt()).as("nominations waiting").isPositive();
                assertThat(c.get("enrolled").asInt()).isPositive();
            }
        }
        assertThat(states).contains("PLANNED", "OPEN", "IN_PROGRESS", "FINISHED", "CLOSED", "CANCELLED");
        assertThat(jdbc.queryForObject("select count(*) from training_class where agency_id = ? and plan_year = ? "
                + "and status = 'CANCELLED' and cancel_reason is not null", Integer.class, snv(), year)).isEqualTo(1);

        JsonNode last = api().as("chuyenvien").get("/api/v1/classes?year=" + (year - 1) + "&size=100").json();
        assertThat(last.get("items").size()).isGreaterThanOrEqualTo(5);
        for (JsonNode c : last.get("items")) {
            assertThat(c.get("status").asString()).as(c.get("title").asString()).isEqualTo("CLOSED");
            assertThat(c.get("completed").asInt()).as(c.get("title").asString()).isPositive();
        }
        // every enrolled learner of a closed class has a result; a hosted closed class has a mark per session
        // and learner; the classification follows the score's thresholds
        assertThat(jdbc.queryForObject("""
                select count(*) from enrolment e join training_class c on c.id = e.class_id
                where c.agency_id = ? and c.status = 'CLOSED' and e.status = 'ENROLLED' and e.outcome is null""",
                Integer.class, snv())).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from training_class c join class_session s on s.class_id = c.id
                join enrolment e on e.class_id = c.id and e.status = 'ENROLLED'
                where c.agency_id = ? and c.status in ('CLOSED', 'FINISHED') and not exists (
                  select 1 from attendance a where a.session_id = s.id and a.staff_id = e.staff_id)""",
                Integer.class, snv())).isZero();
        for (Map<String, Object> r : jdbc.queryForList("select score, classification from enrolment "
                + "where agency_id = ? and score is not null", snv())) {
            assertThat(r.get("classification")).isEqualTo(DeliveryDemoData.classification((BigDecimal) r.get("score")));
        }
        // the learners under 80 % did not complete and have no record line
        List<Map<String, Object>> notCompleted = jdbc.queryForList("select class_id, staff_id from enrolment "
                + "where agency_id = ? and outcome = 'NOT_COMPLETED'", snv());
        assertThat(notCompleted).isNotEmpty();
        for (Map<String, Object> e : notCompleted) {
            Integer sessions = jdbc.queryForObject("select count(*) from class_session where class_id = ?",
                    Integer.class, e.get("class_id"));
            Integer present = jdbc.queryForObject("select count(*) from attendance a join class_session s "
                    + "on s.id = a.session_id where s.class_id = ? and a.staff_id = ? and a.presence = 'PRESENT'",
                    Integer.class, e.get("class_id"), e.get("staff_id"));
            assertThat(present * 100).isLessThan(sessions * 80);
            assertThat(jdbc.queryForObject("select count(*) from training_record where class_id = ? and staff_id = ?",
                    Integer.class, e.get("class_id"), e.get("staff_id"))).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from enrolment e where agency_id = ? and outcome = 'COMPLETED' "
                + "and not exists (select 1 from training_record r where r.class_id = e.class_id "
                + "and r.staff_id = e.staff_id)", Integer.class, snv())).isZero();
    }

    @Test
    void theDemoLearnerCompletedAClassLastYearAndIsInOneThisYear() {
        long staffId = api().as("nhanvien").get("/api/v1/me").json().path("staffId").asLong(0);
        if (staffId == 0) {
            staffId = jdbc.queryForObject("select staff_id from app_user where username = 'nhanvien'", Long.class);
        }
        List<Map<String, Object>> record = jdbc.queryForList("select r.title, r.hours, c.plan_year from training_record r "
                + "join training_class c on c.id = r.class_id where r.staff_id = ?", staffId);
        assertThat(record).anySatisfy(r -> {
            assertThat(((Number) r.get("plan_year")).intValue()).isEqualTo(year - 1);
            assertThat((BigDecimal) r.get("hours")).isPositive();
        });
        assertThat(jdbc.queryForObject("""
                select count(*) from enrolment e join training_class c on c.id = e.class_id
                where e.staff_id = ? and c.plan_year = ? and e.outcome = 'COMPLETED' and c.status = 'CLOSED'""",
                Integer.class, staffId, year - 1)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from enrolment e join training_class c on c.id = e.class_id
                where e.staff_id = ? and c.plan_year = ? and e.status = 'ENROLLED' and c.status = 'IN_PROGRESS'""",
                Integer.class, staffId, year)).isEqualTo(1);
    }
}
