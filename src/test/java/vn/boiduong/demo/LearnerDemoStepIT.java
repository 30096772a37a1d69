package vn.boiduong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The learner's demo step on a class of last year carried through: every learner who attended answers
 * the feedback once, the completed ones get their training record line, and a second run adds nothing.
 */
class LearnerDemoStepIT extends HttpTest {

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LearnerDemoStep step;

    @Test
    void lastYearsClassGetsFeedbackAndTrainingRecords() {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "LDM");
        int last = LocalDate.now().getYear() - 1;
        long classId = a.approvedPlan(api(), last, List.of(DeliveryAgency.hostedItem("Kỹ năng số", last, 5, 10,
                5_000_000))).get(0);
        Api chief = api().as(a.chief);
        assertThat(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()).status()).isEqualTo(200);
        assertThat(chief.postJson("/api/v1/classes/" + classId + "/enrollments",
                Map.of("staffIds", List.of(a.peopleA.get(0), a.peopleA.get(1)))).status()).isEqualTo(201);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("date", LocalDate.of(last, 5, 2).toString());
        s.put("startTime", "08:00");
        s.put("endTime", "12:00");
        s.put("topic", "Chuyển đổi số");
        long sessionId = chief.postJson("/api/v1/classes/" + classId + "/sessions", s).json().get("id").asLong();
        assertThat(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()).status()).isEqualTo(200);
        assertThat(chief.postJson("/api/v1/classes/" + classId + "/finish", Map.of()).status()).isEqualTo(200);
        jdbc.update("insert into attendance (session_id, staff_id, presence, marked_by, marked_at) values (?, ?, 'PRESENT', ?, ?)",
                sessionId, a.peopleA.get(0), a.chief, LocalDateTime.now());
        jdbc.update("insert into attendance (session_id, staff_id, presence, marked_by, marked_at) values (?, ?, 'ABSENT', ?, ?)",
                sessionId, a.peopleA.get(1), a.chief, LocalDateTime.now());
        jdbc.update("update enrolment set outcome = 'COMPLETED' where class_id = ? and staff_id = ?", classId,
                a.peopleA.get(0));
        jdbc.update("update enrolment set outcome = 'NOT_COMPLETED' where class_id = ? and staff_id = ?", classId,
                a.peopleA.get(1));

        step.seed(a.agencyId, last, last + 1);
        step.seed(a.agencyId, last, last + 1);

        assertThat(jdbc.queryForList("select staff_id from feedback_response where class_id = ?", Long.class, classId))
                .containsExactly(a.peopleA.get(0));
        assertThat(jdbc.queryForObject("select count(*) from feedback_score f join feedback_response r on r.id = "
                + "f.response_id where r.class_id = ? and f.score between 1 and 5", Integer.class, classId))
                .isEqualTo(jdbc.queryForObject("select count(*) from feedback_question where active = true", Integer.class));
        assertThat(jdbc.queryForList("select hours from training_record where class_id = ?", java.math.BigDecimal.class,
                classId)).singleElement().satisfies(h -> assertThat(h).isEqualByComparingTo("4"));
        var mine = api().as(a.learner).get("/api/v1/me/training").json();
        assertThat(mine.get("record").get(0).get("title").asString()).isEqualTo("Kỹ năng số");
    }
}
