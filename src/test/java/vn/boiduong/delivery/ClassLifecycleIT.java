package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * B5's core over HTTP, per role and scope: a class's lifecycle, its sessions, nominations by unit
 * heads and enrolment by the Office with the capacity and overlap rules, and the last seat taken by
 * exactly one of two enrolments at the same moment. Each test has an agency of its own
 * ({@link DeliveryAgency}), so nothing here depends on other tests' data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassLifecycleIT extends HttpTest {

    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;

    DeliveryAgency a;

    @BeforeAll
    void agency() {
        a = DeliveryAgency.create(organization, accounts, "LC");
    }

    private Api as(String user) {
        return api().as(user);
    }

    private String status(long classId) {
        return as(a.specialist).get("/api/v1/classes/" + classId).json().get("info").get("status").asText();
    }

    @Test
    void aClassGoesThroughItsLifecycleAndEachActAnswersByRoleAndState() {
        long c = a.approvedPlan(baseUrl(), 2031, List.of(DeliveryAgency.hostedItem("Kỹ năng số cơ bản", 2031, 3, 3,
                30_000_000L))).get(0);
        assertThat(status(c)).isEqualTo("PLANNED");

        // rights: the Director and a unit head read but do not run the class; a staff member does not read it
        assertThat(as(a.director).get("/api/v1/classes/" + c).status()).isEqualTo(200);
        assertThat(as(a.director).postJson("/api/v1/classes/" + c + "/open", Map.of()).status()).isEqualTo(403);
        assertThat(as(a.headA).postJson("/api/v1/classes/" + c + "/open", Map.of()).status()).isEqualTo(403);
        assertThat(as(a.learner).get("/api/v1/classes/" + c).status()).isEqualTo(403);
        // another agency's Office sees nothing of it
        assertThat(as("chanhvp").get("/api/v1/classes/" + c).status()).isEqualTo(404);
        assertThat(as("chanhvp").postJson("/api/v1/classes/" + c + "/open", Map.of()).status()).isEqualTo(404);

        // state: nothing but open from PLANNED; a unit head cannot nominate before enrolment opens
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/start", Map.of()).status()).isEqualTo(409);
        assertThat(as(a.headA).postJson("/api/v1/classes/" + c + "/nominations",
                Map.of("staffIds", List.of(a.peopleA.get(0)))).status()).isEqualTo(409);
        var opened = as(a.specialist).postJson("/api/v1/classes/" + c + "/open", Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("info").get("status").asText()).isEqualTo("OPEN");
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/open", Map.of()).status()).isEqualTo(409);
        // the home page asks the unit heads to nominate, and only them
        assertThat(api().signedIn(a.headA).get("/?year=2031").body())
                .contains("href=\"/classes?status=OPEN&amp;year=2031\"");
        assertThat(api().signedIn(a.director).get("/?year=2031").body()).doesNotContain("status=OPEN&amp;year=2031");
        // a class without learners does not start
        var empty = as(a.specialist).postJson("/api/v1/classes/" + c + "/start", Map.of());
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.body()).contains("chưa có học viên");

        // nominations: own unit's active people only
        var candidates = as(a.headA).get("/api/v1/classes/" + c + "/candidates");
        assertThat(candidates.status()).isEqualTo(200);
        assertThat(candidates.json().size()).isEqualTo(4);
        assertThat(as(a.headA).postJson("/api/v1/classes/" + c + "/nominations",
                Map.of("staffIds", List.of(a.peopleB.get(0)))).status()).isEqualTo(404);
        var inactive = as(a.headA).postJson("/api/v1/classes/" + c + "/nominations",
                Map.of("staffIds", List.of(a.inactivePersonA)));
        assertThat(inactive.status()).isEqualTo(409);
        assertThat(inactive.body()).contains("Ngô Văn Nghỉ");
        assertThat(as(a.headA).postJson("/api/v1/classes/" + c + "/nominations", Map.of("staffIds", List.of()))
                .status()).isEqualTo(400);
        var nominated = as(a.headA).postJson("/api/v1/classes/" + c + "/nominations",
                Map.of("staffIds", List.of(a.peopleA.get(0), a.peopleA.get(1))));
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
        assertThat(as(a.headA).postJson("/api/v1/classes/" + c + "/nominations",
                Map.of("staffIds", List.of(a.peopleA.get(0)))).status()).isEqualTo(409);
        // a unit head sees the own unit's people of the class only
        as(a.headB).postJson("/api/v1/classes/" + c + "/nominations", Map.of("staffIds", List.of(a.peopleB.get(0))));
        assertThat(as(a.headB).get("/api/v1/classes/" + c + "/enrollments").json().size()).isEqualTo(1);
        assertThat(as(a.specialist).get("/api/v1/classes/" + c + "/enrollments").json().size()).isEqualTo(3);

        // the Office confirms two, refuses one (a reason is required)
        var enrolled = as(a.specialist).postJson("/api/v1/classes/" + c + "/enrollments",
                Map.of("staffIds", List.of(a.peopleA.get(0), a.peopleA.get(1))));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/nominations/" + a.peopleB.get(0) + "/refuse",
                Map.of("reason", " ")).status()).isEqualTo(400);
        var refused = as(a.specialist).postJson("/api/v1/classes/" + c + "/nominations/" + a.peopleB.get(0)
                + "/refuse", Map.of("reason", "Phòng đã có người học lớp tương tự"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("status").asText()).isEqualTo("REFUSED");

        // capacity 3: one seat left, two asked → 409 and nobody enrolled; the chief raises it
        var over = as(a.specialist).postJson("/api/v1/classes/" + c + "/enrollments",
                Map.of("staffIds", List.of(a.peopleA.get(2), a.peopleA.get(3))));
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.body()).contains("chỉ còn 1 chỗ");
        assertThat(countEnrolled(c)).isEqualTo(2);
        assertThat(as(a.specialist).putJson("/api/v1/classes/" + c + "/capacity", Map.of("headcount", 5)).status())
                .isEqualTo(403);
        assertThat(as(a.chief).putJson("/api/v1/classes/" + c + "/capacity", Map.of("headcount", 1)).status())
                .isEqualTo(400);
        assertThat(as(a.chief).putJson("/api/v1/classes/" + c + "/capacity", Map.of("headcount", 5)).status())
                .isEqualTo(200);
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/enrollments",
                Map.of("staffIds", List.of(a.peopleA.get(2), a.peopleA.get(3)))).status()).isEqualTo(201);
        // another agency's person looks missing
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/enrollments",
                Map.of("staffIds", List.of(demoPerson()))).status()).isEqualTo(404);

        // start, finish; close waits for every result; cancel is too late once finished
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/start", Map.of()).status()).isEqualTo(200);
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/finish", Map.of()).status()).isEqualTo(200);
        var close = as(a.specialist).postJson("/api/v1/classes/" + c + "/close", Map.of());
        assertThat(close.status()).isEqualTo(409);
        assertThat(close.body()).contains("4 học viên chưa có kết quả");
        assertThat(as(a.specialist).postJson("/api/v1/classes/" + c + "/cancel", Map.of("reason", "x")).status())
                .isEqualTo(409);
        assertThat(status(c)).isEqualTo("FINISHED");

        // every act is in the audit trail
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'class' and entity_id = ?",
                String.class, String.valueOf(c))).contains("CREATE", "OPEN", "NOMINATE", "ENROL", "REFUSE_NOMINATION",
                        "CAPACITY", "START", "FINISH");
    }

    @Test
    void cancellingNeedsAReasonAndKeepsIt() {
        long c = a.approvedPlan(baseUrl(), 2032, List.of(DeliveryAgency.hostedItem("Lớp sẽ hủy", 2032, 4, 10,
                10_000_000L))).get(0);
        assertThat(as(a.chief).postJson("/api/v1/classes/" + c + "/cancel", Map.of()).status()).isEqualTo(400);
        var tooLong = as(a.chief).postJson("/api/v1/classes/" + c + "/cancel", Map.of("reason", "x".repeat(1001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("reason").contains("1000");
        // wrong types are refused, not coerced, and nothing changed
        assertThat(as(a.chief).putJson("/api/v1/classes/" + c + "/capacity", Map.of("headcount", "nhiều")).status())
                .isEqualTo(400);
        assertThat(as(a.chief).putJson("/api/v1/classes/" + c + "/capacity", Map.of("headcount", 20_000)).status())
                .isEqualTo(400);
        assertThat(status(c)).isEqualTo("PLANNED");
        var cancelled = as(a.chief).postJson("/api/v1/classes/" + c + "/cancel",
                Map.of("reason", "Giảng viên không bố trí được"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("info").get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asText()).isEqualTo("Giảng viên không bố trí được");
        assertThat(as(a.chief).postJson("/api/v1/classes/" + c + "/open", Map.of()).status()).isEqualTo(409);
        assertThat(as(a.chief).postJson("/api/v1/classes/" + c + "/cancel", Map.of("reason", "lần nữa")).status())
                .isEqualTo(409);
    }

    @Test
    void sessionsStayInsideTheClassAndNobodySitsInTwoClassesAtOnce() {
        List<Long> ids = a.approvedPlan(baseUrl(), 2033, List.of(
                DeliveryAgency.hostedItem("Lớp sáng thứ Hai", 2033, 5, 10, 10_000_000L),
                DeliveryAgency.hostedItem("Lớp cùng tuần", 2033, 5, 10, 10_000_000L)));
        long first = ids.get(0);
        long second = ids.get(1);
        Api office = as(a.specialist);
        var outside = office.postJson("/api/v1/classes/" + first + "/sessions", Map.of("date", "2033-06-01",
                "startTime", "07:30", "endTime", "11:30", "topic", "Chủ đề"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("date");
        var backwards = office.postJson("/api/v1/classes/" + first + "/sessions", Map.of("date", "2033-05-02",
                "startTime", "11:30", "endTime", "07:30", "topic", "Chủ đề"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("endTime");
        assertThat(office.postJson("/api/v1/classes/" + first + "/sessions", Map.of("date", "2033-05-02",
                "startTime", "07:30", "endTime", "11:30", "topic", "Khai giảng", "room", "P.201")).status())
                .isEqualTo(201);
        assertThat(office.postJson("/api/v1/classes/" + second + "/sessions", Map.of("date", "2033-05-02",
                "startTime", "10:00", "endTime", "12:00", "topic", "Buổi trùng giờ")).status()).isEqualTo(201);
        var lecturer = office.postJson("/api/v1/classes/" + first + "/lecturers", Map.of("fullName",
                "PGS.TS Nguyễn Văn Giảng", "title", "Phó giáo sư, Tiến sĩ", "rank", "GROUP_3"));
        assertThat(lecturer.status()).as(lecturer.body()).isEqualTo(201);
        assertThat(office.postJson("/api/v1/classes/" + first + "/lecturers", Map.of("fullName", "X", "rank",
                "GROUP_9")).status()).isEqualTo(400);
        var detail = office.get("/api/v1/classes/" + first).json();
        assertThat(detail.get("sessions").get(0).get("hours").asDouble()).isEqualTo(4.0);
        assertThat(detail.get("totalHours").asDouble()).isEqualTo(4.0);

        for (long c : ids) {
            assertThat(office.postJson("/api/v1/classes/" + c + "/open", Map.of()).status()).isEqualTo(200);
        }
        long person = a.peopleB.get(1);
        assertThat(office.postJson("/api/v1/classes/" + first + "/enrollments", Map.of("staffIds", List.of(person)))
                .status()).isEqualTo(201);
        var clash = office.postJson("/api/v1/classes/" + second + "/enrollments", Map.of("staffIds", List.of(person)));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body()).contains("Vũ Văn Giang").contains("Lớp sáng thứ Hai").contains("Lớp cùng tuần");
        // a session added later may not create the clash either
        long other = a.peopleB.get(2);
        assertThat(office.postJson("/api/v1/classes/" + second + "/enrollments", Map.of("staffIds", List.of(other)))
                .status()).isEqualTo(201);
        assertThat(office.postJson("/api/v1/classes/" + first + "/enrollments", Map.of("staffIds", List.of(other)))
                .status()).isEqualTo(409);
    }

    @Test
    void ofTwoEnrolmentsIntoTheLastSeatExactlyOneWins() throws Exception {
        long c = a.approvedPlan(baseUrl(), 2034, List.of(DeliveryAgency.hostedItem("Lớp một chỗ", 2034, 6, 1,
                5_000_000L))).get(0);
        assertThat(as(a.chief).postJson("/api/v1/classes/" + c + "/open", Map.of()).status()).isEqualTo(200);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (long person : List.of(a.peopleA.get(3), a.peopleB.get(3))) {
                String user = person == a.peopleA.get(3) ? a.chief : a.specialist;
                Callable<Integer> enrol = () -> {
                    Api client = new Api(baseUrl()).as(user);
                    together.await();
                    return client.postJson("/api/v1/classes/" + c + "/enrollments",
                            Map.of("staffIds", List.of(person))).status();
                };
                answers.add(pool.submit(enrol));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countEnrolled(c)).isEqualTo(1);
    }

    @Test
    void theClassesListFiltersAndPages() {
        a.approvedPlan(baseUrl(), 2035, List.of(DeliveryAgency.hostedItem("Lớp lọc một", 2035, 2, 5, 1_000_000L),
                DeliveryAgency.hostedItem("Lớp lọc hai", 2035, 3, 5, 1_000_000L)));
        var all = as(a.chief).get("/api/v1/classes?year=2035");
        assertThat(all.json().get("totalItems").asLong()).isEqualTo(2);
        var page = as(a.chief).get("/api/v1/classes?year=2035&size=1&page=1&sort=title,asc");
        assertThat(page.json().get("items").get(0).get("title").asText()).isEqualTo("Lớp lọc một");
        assertThat(as(a.chief).get("/api/v1/classes?year=2035&q=hai").json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(as(a.chief).get("/api/v1/classes?year=2035&status=OPEN").json().get("totalItems").asLong())
                .isZero();
        // the pages: the list links each class; the class page shows the Office's buttons, not the Director's
        var list = api().signedIn(a.chief).get("/classes?year=2035");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Lớp lọc một").contains("Theo kế hoạch");
        long id = all.json().get("items").get(0).get("id").asLong();
        assertThat(api().signedIn(a.chief).get("/classes/" + id).body()).contains("id=\"act-open\"");
        assertThat(api().signedIn(a.director).get("/classes/" + id).body()).doesNotContain("id=\"act-open\"");
    }

    private long countEnrolled(long classId) {
        return jdbc.queryForObject("select count(*) from enrolment where class_id = ? and status = 'ENROLLED'",
                Long.class, classId);
    }

    private long demoPerson() {
        return jdbc.queryForObject("select min(s.id) from staff s join agency g on g.id = s.agency_id where g.id <> ?",
                Long.class, a.agencyId);
    }
}
