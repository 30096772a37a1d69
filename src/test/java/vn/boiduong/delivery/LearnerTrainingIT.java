package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.Role;
import vn.boiduong.competency.CompetencyData;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.CompetencySetup;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.identity.UserService;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * B5 items 6–8 over HTTP: results close the loop of B1 (training record with attended hours,
 * qualification raised, competency assessed, certificate number), the learner's own training and
 * hours, the training record per role and scope, the feedback (only from someone who came, once;
 * the Office's summary names nobody), the calendar pages and the .ics files parsed back with ical4j.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerTrainingIT extends HttpTest {

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    CompetencySetup competencySetup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    DeliveryAgency a;
    DeliveryAgency other;
    long classId;
    long competencyId;
    long s1;
    long s2;
    long s3;
    /** peopleA[2]: enrolled, never present. */
    String absentee;
    int year = LocalDate.now().getYear();

    @BeforeAll
    void carryAClassThrough() {
        a = DeliveryAgency.create(org, accounts, "LRN");
        other = DeliveryAgency.create(org, accounts, "LRO");
        absentee = a.code.toLowerCase() + ".vang";
        accounts.create(new UserService.UserForm(absentee, "Lê Thị Cúc", EnumSet.of(Role.STAFF), a.unitA,
                a.peopleA.get(2), true, Api.DEMO_PASSWORD), a.agencyId);
        Map<String, Object> item = DeliveryAgency.hostedItem("Trung cấp lý luận chính trị", year, 3, 10, 20_000_000);
        item.put("category", "POLITICAL_THEORY");
        item.put("level", "INTERMEDIATE");
        classId = a.approvedPlan(api(), year, List.of(item)).get(0);
        Api chief = api().as(a.chief);
        assertThat(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()).status()).isEqualTo(200);
        var enrolled = chief.postJson("/api/v1/classes/" + classId + "/enrollments",
                Map.of("staffIds", List.of(a.peopleA.get(0), a.peopleA.get(1), a.peopleA.get(2))));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        s1 = session(chief, 2, "08:00", "11:30", "Chủ nghĩa Mác – Lênin");
        s2 = session(chief, 3, "13:30", "17:00", "Tư tưởng Hồ Chí Minh");
        s3 = session(chief, 4, "08:00", "10:00", "Xây dựng Đảng");
        competencyId = competencySetup.createCompetency(a.agencyId, new CompetencyData("LLCT." + a.code,
                "Lý luận chính trị " + a.code, CompetencyGroup.KNOWLEDGE, null, List.of("1", "2", "3", "4", "5"),
                List.of()));
        var linked = chief.putJson("/api/v1/classes/" + classId + "/competencies",
                List.of(Map.of("competencyId", competencyId, "level", 3)));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()).status()).isEqualTo(200);
        // the attendance grid is another part of B5: its marks, as it writes them
        mark(s1, a.peopleA.get(0), "PRESENT");
        mark(s2, a.peopleA.get(0), "PRESENT");
        mark(s3, a.peopleA.get(0), "EXCUSED");
        mark(s1, a.peopleA.get(1), "PRESENT");
        mark(s1, a.peopleA.get(2), "ABSENT");
    }

    private long session(Api chief, int day, String start, String end, String topic) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("date", LocalDate.of(year, 3, day).toString());
        s.put("startTime", start);
        s.put("endTime", end);
        s.put("room", "Phòng 201");
        s.put("topic", topic);
        var r = chief.postJson("/api/v1/classes/" + classId + "/sessions", s);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private void mark(long sessionId, long staffId, String presence) {
        jdbc.update("insert into attendance (session_id, staff_id, presence, marked_by, marked_at) values (?, ?, ?, ?, ?)",
                sessionId, staffId, presence, a.chief, LocalDateTime.now());
    }

    /** What the results service does: the outcome on the enrolment and the event, in one transaction. */
    private void results(List<Long> completed, List<Long> notCompleted) {
        tx.executeWithoutResult(t -> {
            completed.forEach(id -> jdbc.update("update enrolment set outcome = 'COMPLETED' where class_id = ? and staff_id = ?",
                    classId, id));
            notCompleted.forEach(id -> jdbc.update("update enrolment set outcome = 'NOT_COMPLETED' where class_id = ? "
                    + "and staff_id = ?", classId, id));
            events.publishEvent(new ClassEvents.ResultsRecorded(classId, a.agencyId, completed, notCompleted, a.chief));
        });
    }

    private void finished() {
        String status = jdbc.queryForObject("select status from training_class where id = ?", String.class, classId);
        if ("IN_PROGRESS".equals(status)) {
            assertThat(api().as(a.chief).postJson("/api/v1/classes/" + classId + "/finish", Map.of()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void feedbackIsRefusedBeforeTheClassFinishes() {
        String status = jdbc.queryForObject("select status from training_class where id = ?", String.class, classId);
        if (!"IN_PROGRESS".equals(status)) {
            return; // another test of this class finished it first
        }
        var r = api().as(a.learner).postJson("/api/v1/classes/" + classId + "/feedback", allFives("Sớm quá"));
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("kết thúc");
    }

    @Test
    void completionWritesTheRecordRaisesTheQualificationAssessesTheCompetencyAndFillsTheCertificate() {
        finished();
        results(List.of(a.peopleA.get(0), a.peopleA.get(1)), List.of(a.peopleA.get(2)));
        // 08:00–11:30 and 13:30–17:00 attended: 7 hours; the 2 hours of the excused absence do not count
        assertThat(jdbc.queryForObject("select hours from training_record where class_id = ? and staff_id = ?",
                java.math.BigDecimal.class, classId, a.peopleA.get(0))).isEqualByComparingTo("7");
        assertThat(jdbc.queryForObject("select hours from training_record where class_id = ? and staff_id = ?",
                java.math.BigDecimal.class, classId, a.peopleA.get(1))).isEqualByComparingTo("3.5");
        assertThat(jdbc.queryForObject("select count(*) from training_record where class_id = ? and staff_id = ?",
                Integer.class, classId, a.peopleA.get(2))).isZero();
        assertThat(jdbc.queryForObject("select political_theory from staff where id = ?", String.class,
                a.peopleA.get(0))).isEqualTo("Trung cấp");
        assertThat(jdbc.queryForObject("select political_theory from staff where id = ?", String.class,
                a.peopleA.get(2))).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'staff' and entity_id = ? "
                + "and action = 'QUALIFICATION'", Integer.class, String.valueOf(a.peopleA.get(0)))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select assessed_level from competency_assessment where staff_id = ? and competency_id = ? "
                + "and valid_to is null", Integer.class, a.peopleA.get(0), competencyId)).isEqualTo(3);

        // recorded twice (a corrected result): one line, one raise
        results(List.of(a.peopleA.get(0)), List.of());
        assertThat(jdbc.queryForObject("select count(*) from training_record where class_id = ? and staff_id = ?",
                Integer.class, classId, a.peopleA.get(0))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'staff' and entity_id = ? "
                + "and action = 'QUALIFICATION'", Integer.class, String.valueOf(a.peopleA.get(0)))).isEqualTo(1);

        tx.executeWithoutResult(t -> events.publishEvent(new ClassEvents.CertificateIssued(1L, classId, a.agencyId,
                a.peopleA.get(0), "12/" + year + "/GCN", LocalDate.of(year, 3, 10), null)));

        JsonNode mine = api().as(a.learner).get("/api/v1/me/training").json();
        assertThat(mine.get("staffId").asLong()).isEqualTo(a.peopleA.get(0));
        JsonNode own = mine.get("classes").get(0);
        assertThat(own.get("classId").asLong()).isEqualTo(classId);
        assertThat(own.get("certificateNumber").asString()).isEqualTo("12/" + year + "/GCN");
        assertThat(own.get("certificateUrl").asString()).isEqualTo("/api/v1/classes/" + classId + "/certificates/"
                + a.peopleA.get(0) + ".pdf");
        assertThat(own.get("feedbackOpen").asBoolean() || own.get("feedbackGiven").asBoolean()).isTrue();
        assertThat(mine.get("sessions")).hasSize(3);
        assertThat(mine.get("record").get(0).get("hours").decimalValue()).isEqualByComparingTo("7");
        assertThat(mine.get("record").get(0).get("levelLabel").asString()).isEqualTo("Trung cấp");
        assertThat(mine.get("hours").get("year").asInt()).isEqualTo(year);
        assertThat(mine.get("hours").get("minimum").asInt()).isEqualTo(40);
        assertThat(mine.get("hours").get("share").asInt()).isEqualTo(17); // 7 of 40
        assertThat(mine.get("questions").size()).isGreaterThanOrEqualTo(5);

        var page = api().signedIn(a.learner).get("/me/training");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Trung cấp lý luận chính trị", "12/" + year + "/GCN", "7 / 40",
                "02/03/" + year);
    }

    @Test
    void meGainsTheStaffId() {
        assertThat(api().as(a.learner).get("/api/v1/me").json().get("staffId").asLong()).isEqualTo(a.peopleA.get(0));
        assertThat(api().as(a.chief).get("/api/v1/me").json().get("staffId").isNull()).isTrue();
        assertThat(api().as(a.chief).get("/api/v1/me/training").status()).isEqualTo(404);
    }

    @Test
    void theTrainingRecordPerRoleAndScope() {
        String path = "/api/v1/staff/" + a.peopleA.get(0) + "/training-record";
        assertThat(api().as(a.chief).get(path).status()).isEqualTo(200);
        assertThat(api().as(a.specialist).get(path).status()).isEqualTo(200);
        assertThat(api().as(a.director).get(path).status()).isEqualTo(200);
        assertThat(api().as(a.headA).get(path).status()).isEqualTo(200);
        assertThat(api().as(a.learner).get(path).status()).isEqualTo(200);
        var b = api().as(a.headB).get(path);
        assertThat(b.status()).isEqualTo(404);
        assertThat(b.json().get("detail").asString()).isNotBlank();
        assertThat(api().as(other.chief).get(path).status()).isEqualTo(404);
        assertThat(api().as(other.headA).get(path).status()).isEqualTo(404);
        assertThat(api().as(absentee).get(path).status()).isEqualTo(403);
        assertThat(api().as(a.admin).get(path).status()).isEqualTo(403);
        assertThat(api().as(a.chief).get("/api/v1/staff/999999999/training-record").status()).isEqualTo(404);
        JsonNode r = api().as(a.chief).get(path).json();
        assertThat(r.get("fullName").asString()).isEqualTo("Nguyễn Thị An");
        // the staff page shows the record as a section, to those who may read it
        var page = api().signedIn(a.headA).get("/staff/" + a.peopleA.get(0));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"training-record\"");
    }

    @Test
    void feedbackOnlyFromWhoCameOnceAndTheSummaryNamesNobody() {
        finished();
        var never = api().as(absentee).postJson("/api/v1/classes/" + classId + "/feedback", allFives("Không đi"));
        assertThat(never.status()).as(never.body()).isEqualTo(409);
        assertThat(never.json().get("detail").asString()).contains("tham dự");

        var bad = api().as(a.learner).postJson("/api/v1/classes/" + classId + "/feedback",
                Map.of("scores", Map.of(String.valueOf(firstQuestion()), 6), "comment", "x"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("scores." + firstQuestion());
        assertThat(jdbc.queryForObject("select count(*) from feedback_response where class_id = ?", Integer.class,
                classId)).isZero();

        var ok = api().as(a.learner).postJson("/api/v1/classes/" + classId + "/feedback", allFives("Rất bổ ích"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        var again = api().as(a.learner).postJson("/api/v1/classes/" + classId + "/feedback", allFives("Lần hai"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(api().as(other.learner).postJson("/api/v1/classes/" + classId + "/feedback", allFives("?"))
                .status()).isEqualTo(404);

        var summary = api().as(a.chief).get("/api/v1/classes/" + classId + "/feedback");
        assertThat(summary.status()).isEqualTo(200);
        JsonNode s = summary.json();
        assertThat(s.get("responses").asInt()).isEqualTo(1);
        assertThat(s.get("attended").asInt()).isEqualTo(2);
        assertThat(s.get("questions").get(0).get("average").asDouble()).isEqualTo(5.0);
        assertThat(s.get("comments").get(0).asString()).isEqualTo("Rất bổ ích");
        assertThat(summary.body()).doesNotContain("Nguyễn Thị An", a.learner, "staffId",
                String.valueOf(a.peopleA.get(0)));
        assertThat(api().as(a.director).get("/api/v1/classes/" + classId + "/feedback").status()).isEqualTo(200);
        assertThat(api().as(a.headA).get("/api/v1/classes/" + classId + "/feedback").status()).isEqualTo(403);
        assertThat(api().as(other.chief).get("/api/v1/classes/" + classId + "/feedback").status()).isEqualTo(404);
        var page = api().signedIn(a.chief).get("/classes/" + classId);
        assertThat(page.status()).isEqualTo(200);
        int at = page.body().indexOf("id=\"feedback-summary\"");
        assertThat(at).isPositive();
        String section = page.body().substring(at, page.body().indexOf("</ul>", at));
        assertThat(section).contains("Rất bổ ích", "5,0").doesNotContain("Nguyễn Thị An", "Trần Văn Bình");
    }

    private long firstQuestion() {
        return jdbc.queryForObject("select min(id) from feedback_question where active = true", Long.class);
    }

    private Map<String, Object> allFives(String comment) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        jdbc.queryForList("select id from feedback_question where active = true", Long.class)
                .forEach(id -> scores.put(String.valueOf(id), 5));
        return Map.of("scores", scores, "comment", comment);
    }

    @Test
    void theCalendarFilesParseBackFieldByField() throws Exception {
        var r = api().as(a.chief).get("/api/v1/classes/" + classId + "/calendar.ics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/calendar");
        Calendar cal = new CalendarBuilder().build(new StringReader(r.body()));
        assertThat(cal.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        VEvent first = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .startsWith("session-" + s1 + "@")).findFirst().orElseThrow();
        ZoneId hcm = ZoneId.of("Asia/Ho_Chi_Minh");
        Instant start = Instant.from(first.getStartDate().orElseThrow().getDate());
        Instant end = Instant.from(first.getEndDate().orElseThrow().getDate());
        assertThat(start).isEqualTo(LocalDate.of(year, 3, 2).atTime(LocalTime.of(8, 0)).atZone(hcm).toInstant());
        assertThat(end).isEqualTo(LocalDate.of(year, 3, 2).atTime(LocalTime.of(11, 30)).atZone(hcm).toInstant());
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(year + "0302T010000Z");
        assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Trung cấp lý luận chính trị: Chủ nghĩa Mác – Lênin");
        assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Phòng 201, Hội trường");

        var mine = api().as(a.learner).get("/api/v1/me/training.ics");
        assertThat(mine.status()).isEqualTo(200);
        List<VEvent> own = new CalendarBuilder().build(new StringReader(mine.body())).getComponents("VEVENT");
        assertThat(own).hasSize(3);
        assertThat(api().as(a.learner).get("/api/v1/classes/" + classId + "/calendar.ics").status()).isEqualTo(200);
        assertThat(api().as(other.chief).get("/api/v1/classes/" + classId + "/calendar.ics").status()).isEqualTo(404);
        assertThat(api().as(other.learner).get("/api/v1/classes/" + classId + "/calendar.ics").status()).isEqualTo(403);
    }

    @Test
    void theCalendarPageForTheOfficeAndForAPerson() {
        String month = "/calendar?month=" + year + "-03";
        var office = api().signedIn(a.chief).get(month);
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.body()).contains("Chủ nghĩa Mác – Lênin", "Tháng 3/" + year, "calendar?month=" + year + "-02",
                "calendar?month=" + year + "-04");
        var person = api().signedIn(a.learner).get(month);
        assertThat(person.status()).isEqualTo(200);
        assertThat(person.body()).contains("Chủ nghĩa Mác – Lênin");
        var stranger = api().signedIn(other.learner).get(month);
        assertThat(stranger.status()).isEqualTo(200);
        assertThat(stranger.body()).doesNotContain("Chủ nghĩa Mác – Lênin");
        assertThat(api().signedIn(a.chief).get("/calendar?month=abc").status()).isEqualTo(200);
    }

    @Test
    void competencyLinksRefuseBadInputWithTheField() {
        Api chief = api().as(a.chief);
        var r = chief.putJson("/api/v1/classes/" + classId + "/competencies",
                List.of(Map.of("competencyId", competencyId, "level", 9)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("[0].level");
        assertThat(api().as(a.headA).putJson("/api/v1/classes/" + classId + "/competencies", List.of()).status())
                .isEqualTo(403);
        assertThat(api().as(other.chief).putJson("/api/v1/classes/" + classId + "/competencies", List.of()).status())
                .isEqualTo(404);
        assertThat(chief.get("/api/v1/classes/" + classId + "/competencies").json().get(0).get("level").asInt())
                .isEqualTo(3);
    }
}
