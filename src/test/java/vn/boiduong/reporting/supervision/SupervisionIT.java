package vn.boiduong.reporting.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.notification.internal.DueDateReminderJob;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * B6's supervision over HTTP, per role and scope, on a fresh agency whose approved 2060 plan has four
 * classes in different states: one held and finished with results, allocation and spending; one
 * cancelled; one still planned; one open with enough people enrolled. Planned against actual (statuses
 * by the rules in force, filters, sorting, paging, totals equal to the sums of their rows) and the
 * supervision visits (criteria, requests, reminders, closing; a closed visit is read-only).
 */
class SupervisionIT extends HttpTest {

    static final int YEAR = 2060;

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DueDateReminderJob reminders;
    @Autowired
    java.time.Clock clock;

    private static DeliveryAgency a;
    private static DeliveryAgency other;
    private static long plan;
    private static long held;
    private static long cancelled;
    private static long waiting;
    private static long open;

    private synchronized void ready() {
        if (a != null) {
            return;
        }
        a = DeliveryAgency.create(org, accounts, "SUP");
        other = DeliveryAgency.create(org, accounts, "SUPX");
        Map<String, Object> external = DeliveryAgency.hostedItem("SUP Ngoại ngữ đang ghi danh", YEAR, 6, 2, 3_000_000L);
        external.put("category", "FOREIGN_LANGUAGE");
        List<Long> ids = a.approvedPlan(api(), YEAR, List.of(
                DeliveryAgency.hostedItem("SUP Kỹ năng số đã học", YEAR, 3, 4, 10_000_000L),
                DeliveryAgency.hostedItem("SUP Lớp bị hủy", YEAR, 4, 5, 2_000_000L),
                DeliveryAgency.hostedItem("SUP Lớp chưa ghi danh", YEAR, 6, 10, 5_000_000L),
                external));
        held = ids.get(0);
        cancelled = ids.get(1);
        waiting = ids.get(2);
        open = ids.get(3);
        plan = jdbc.queryForObject("select plan_id from training_class where id = ?", Long.class, held);
        Api chief = api().as(a.chief);
        ok(chief.putJson("/api/v1/plans/" + plan + "/allocation", Map.of("lines", List.of(
                line(held, a.unitA, 6_000_000L), line(held, a.unitB, 4_000_000L), line(cancelled, null, 2_000_000L),
                line(waiting, null, 5_000_000L), line(open, null, 3_000_000L)))));
        // held: three learners (two of A, one of B), finished, two completed, 1.500.000 đ spent for unit A
        ok(chief.postJson("/api/v1/classes/" + held + "/open", Map.of()));
        created(chief.postJson("/api/v1/classes/" + held + "/enrollments", Map.of("staffIds",
                List.of(a.peopleA.get(0), a.peopleA.get(1), a.peopleB.get(0)))));
        ok(chief.postJson("/api/v1/classes/" + held + "/start", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + held + "/finish", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + held + "/results", List.of(
                Map.of("staffId", a.peopleA.get(0), "outcome", "COMPLETED"),
                Map.of("staffId", a.peopleA.get(1), "outcome", "NOT_COMPLETED"),
                Map.of("staffId", a.peopleB.get(0), "outcome", "COMPLETED"))));
        created(chief.postJson("/api/v1/classes/" + held + "/spending", Map.of("line", "MATERIALS", "amount", 1_500_000,
                "date", LocalDate.now(clock).toString(), "voucher", "PC-SUP-1", "unitId", a.unitA)));
        ok(chief.postJson("/api/v1/classes/" + cancelled + "/cancel", Map.of("reason", "Không đủ học viên")));
        // open: two of B enrolled, the whole headcount
        ok(chief.postJson("/api/v1/classes/" + open + "/open", Map.of()));
        created(chief.postJson("/api/v1/classes/" + open + "/enrollments", Map.of("staffIds",
                List.of(a.peopleB.get(1), a.peopleB.get(2)))));
    }

    private static Map<String, Object> line(long classId, Long unitId, long amount) {
        Map<String, Object> m = new HashMap<>();
        m.put("classId", classId);
        m.put("unitId", unitId);
        m.put("amount", amount);
        return m;
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private static Api.Response created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r;
    }

    private String url(String query) {
        return "/api/v1/plans/" + plan + "/supervision" + (query.isEmpty() ? "" : "?" + query);
    }

    private static Map<String, JsonNode> byTitle(JsonNode report) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        report.get("items").get("items").forEach(i -> out.put(i.get("title").asString(), i));
        return out;
    }

    private static JsonNode unit(JsonNode report, Long unitId) {
        for (JsonNode u : report.get("units")) {
            if (unitId == null ? u.get("unitId").isNull() : u.get("unitId").asLong() == unitId) {
                return u;
            }
        }
        return null;
    }

    static final List<String> FIGURES = List.of("items", "held", "learnersPlanned", "enrolled", "completed",
            "budgetPlanned", "allocated", "spent");

    /** Every figure of {@code total} is the sum of the same figure over {@code rows}. */
    private static void assertTotalsAreSums(JsonNode total, List<JsonNode> rows, List<String> figures) {
        for (String f : figures) {
            long sum = rows.stream().mapToLong(r -> r.get("figures").get(f).asLong()).sum();
            assertThat(total.get(f).asLong()).as(f).isEqualTo(sum);
        }
    }

    @Test
    void theOfficeSeesEachItemsStatusFiguresAndTotalsThatAreTheSumsOfTheirRows() {
        ready();
        JsonNode r = ok(api().as(a.chief).get(url("asOf=" + YEAR + "-05-28&size=200"))).json();
        assertThat(r.get("asOf").asString()).isEqualTo(YEAR + "-05-28");
        assertThat(r.get("rule").get("lateAfterDays").asInt()).isEqualTo(14);
        Map<String, JsonNode> items = byTitle(r);
        assertThat(items).hasSize(4);
        assertThat(items.get("SUP Kỹ năng số đã học").get("status").asString()).isEqualTo("DONE");
        assertThat(items.get("SUP Kỹ năng số đã học").get("statusLabel").asString()).isEqualTo("Đã hoàn thành");
        assertThat(items.get("SUP Lớp bị hủy").get("status").asString()).isEqualTo("CANCELLED");
        // 5 days before its start with nobody of 10 enrolled
        assertThat(items.get("SUP Lớp chưa ghi danh").get("status").asString()).isEqualTo("AT_RISK");
        assertThat(items.get("SUP Lớp chưa ghi danh").get("statusLabel").asString()).isEqualTo("Có nguy cơ chậm");
        assertThat(items.get("SUP Ngoại ngữ đang ghi danh").get("status").asString()).isEqualTo("ON_TRACK");

        JsonNode done = items.get("SUP Kỹ năng số đã học").get("figures");
        assertThat(done.get("held").asInt()).isEqualTo(1);
        assertThat(done.get("learnersPlanned").asInt()).isEqualTo(4);
        assertThat(done.get("enrolled").asInt()).isEqualTo(3);
        assertThat(done.get("completed").asInt()).isEqualTo(2);
        assertThat(done.get("budgetPlanned").asLong()).isEqualTo(10_000_000L);
        assertThat(done.get("allocated").asLong()).isEqualTo(10_000_000L);
        assertThat(done.get("spent").asLong()).isEqualTo(1_500_000L);
        assertThat(done.get("completionPercent").asInt()).isEqualTo(50);
        assertThat(done.get("burnPercent").asInt()).isEqualTo(15);
        assertThat(items.get("SUP Kỹ năng số đã học").get("plannedStart").asString()).isEqualTo(YEAR + "-03-02");

        List<JsonNode> rows = new ArrayList<>(items.values());
        assertTotalsAreSums(r.get("totals"), rows, FIGURES);
        assertThat(r.get("totals").get("items").asInt()).isEqualTo(4);
        assertThat(r.get("totals").get("learnersPlanned").asInt()).isEqualTo(21);
        assertThat(r.get("totals").get("enrolled").asInt()).isEqualTo(5);
        assertThat(r.get("totals").get("budgetPlanned").asLong()).isEqualTo(20_000_000L);

        // per unit: the learners by their unit, the money by the unit it is tied to
        JsonNode unitA = unit(r, a.unitA).get("figures");
        assertThat(unitA.get("enrolled").asInt()).isEqualTo(2);
        assertThat(unitA.get("completed").asInt()).isEqualTo(1);
        assertThat(unitA.get("allocated").asLong()).isEqualTo(6_000_000L);
        assertThat(unitA.get("spent").asLong()).isEqualTo(1_500_000L);
        JsonNode unitB = unit(r, a.unitB).get("figures");
        assertThat(unitB.get("enrolled").asInt()).isEqualTo(3);
        assertThat(unitB.get("completed").asInt()).isEqualTo(1);
        assertThat(unitB.get("allocated").asLong()).isEqualTo(4_000_000L);
        assertThat(unit(r, null).get("unitName").asString()).isEqualTo("Không gắn đơn vị");
        List<JsonNode> units = new ArrayList<>();
        r.get("units").forEach(units::add);
        assertTotalsAreSums(r.get("unitTotals"), units, FIGURES);
        // learners and money split over the units add up to the items' totals
        for (String f : List.of("learnersPlanned", "enrolled", "completed", "budgetPlanned", "allocated", "spent")) {
            assertThat(r.get("unitTotals").get(f).asLong()).as(f).isEqualTo(r.get("totals").get(f).asLong());
        }
        assertThat(r.get("statusCounts").get("DONE").asInt()).isEqualTo(1);
        assertThat(r.get("statusCounts").get("AT_RISK").asInt()).isEqualTo(1);

        // three weeks later the class not started 14 days after its start is late
        JsonNode later = ok(api().as(a.director).get(url("asOf=" + YEAR + "-06-20&size=200"))).json();
        assertThat(byTitle(later).get("SUP Lớp chưa ghi danh").get("status").asString()).isEqualTo("LATE");
        assertThat(byTitle(later).get("SUP Lớp chưa ghi danh").get("statusLabel").asString()).isEqualTo("Chậm tiến độ");
    }

    @Test
    void filtersSortingAndPagingKeepTheTotalsOfEveryFilteredRow() {
        ready();
        Api chief = api().as(a.specialist);
        JsonNode onlyDone = ok(chief.get(url("asOf=" + YEAR + "-05-28&status=DONE"))).json();
        assertThat(byTitle(onlyDone).keySet()).containsExactly("SUP Kỹ năng số đã học");
        assertThat(onlyDone.get("totals").get("items").asInt()).isEqualTo(1);

        JsonNode language = ok(chief.get(url("category=FOREIGN_LANGUAGE"))).json();
        assertThat(byTitle(language).keySet()).containsExactly("SUP Ngoại ngữ đang ghi danh");

        // unit A: only the items it has a part in, with its part of each
        JsonNode ofA = ok(chief.get(url("unitId=" + a.unitA + "&size=200"))).json();
        assertThat(byTitle(ofA).keySet()).containsExactly("SUP Kỹ năng số đã học");
        JsonNode partA = byTitle(ofA).get("SUP Kỹ năng số đã học").get("figures");
        assertThat(partA.get("enrolled").asInt()).isEqualTo(2);
        assertThat(partA.get("allocated").asLong()).isEqualTo(6_000_000L);
        assertThat(ofA.get("units").size()).isEqualTo(1);
        assertTotalsAreSums(ofA.get("totals"), new ArrayList<>(byTitle(ofA).values()), FIGURES);

        JsonNode sorted = ok(chief.get(url("sort=title,desc&size=200"))).json();
        assertThat(byTitle(sorted).keySet()).containsExactly("SUP Ngoại ngữ đang ghi danh", "SUP Lớp chưa ghi danh",
                "SUP Lớp bị hủy", "SUP Kỹ năng số đã học");
        JsonNode page1 = ok(chief.get(url("sort=title,asc&size=3&page=1"))).json();
        assertThat(page1.get("items").get("totalItems").asInt()).isEqualTo(4);
        assertThat(byTitle(page1).keySet()).containsExactly("SUP Ngoại ngữ đang ghi danh");
        // the totals are of every filtered item, not of the page
        assertThat(page1.get("totals").get("items").asInt()).isEqualTo(4);
    }

    @Test
    void onlyTheOfficeAndTheDirectorOfTheAgencyReadTheSupervision() {
        ready();
        ok(api().as(a.director).get(url("")));
        ok(api().as(a.specialist).get(url("")));
        // a unit head never sees the agency's figures (nor another unit's): 403
        assertThat(api().as(a.headA).get(url("")).status()).isEqualTo(403);
        assertThat(api().as(a.headA).get(url("unitId=" + a.unitA)).status()).isEqualTo(403);
        assertThat(api().as(a.learner).get(url("")).status()).isEqualTo(403);
        assertThat(api().as(a.admin).get(url("")).status()).isEqualTo(403);
        assertThat(api().get(url("")).status()).isEqualTo(401);
        assertThat(api().as(other.chief).get(url("")).status()).isEqualTo(404);
        assertThat(api().as(other.director).get(url("")).status()).isEqualTo(404);
        assertThat(api().as(a.chief).get("/api/v1/plans/0/supervision").status()).isEqualTo(404);
        // another agency's unit as a filter looks missing
        assertThat(api().as(a.chief).get(url("unitId=" + other.unitA)).status()).isEqualTo(404);
    }

    @Test
    void badFiltersAnswer400WithTheField() {
        ready();
        Api chief = api().as(a.chief);
        Map<String, String> bad = Map.of("status=SOON", "status", "category=NOPE", "category", "size=0", "size",
                "sort=budgetX,asc", "sort", "asOf=2060-13-01", "asOf", "page=-1", "page", "asOf=3000-01-01", "asOf",
                "unitId=abc", "unitId");
        bad.forEach((query, field) -> {
            Api.Response r = chief.get(url(query));
            assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(400);
            assertThat(NeedFixtures.fields(r)).as(query).contains(field);
        });
    }

    @Test
    void theSupervisionPageShowsTheFiguresWithPageDatesAndChartsAndIsLinkedFromThePlan() {
        ready();
        Api.Response page = api().signedIn(a.chief).get("/plans/" + plan + "/supervision?asOf=28/05/" + YEAR);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Giám sát thực hiện kế hoạch năm " + YEAR, "SUP Kỹ năng số đã học",
                "Có nguy cơ chậm", "Đã hoàn thành", "02/03/" + YEAR, "28/05/" + YEAR, "10.000.000 đ", "1.500.000 đ",
                "Phòng Nghiệp vụ A", "Tổng cộng", "<svg", "Học viên hoàn thành (so với ghi danh và kế hoạch)", "2 hoàn thành / 5 ghi danh / 21 kế hoạch",
                "Kinh phí đã chi (so với phân bổ và kế hoạch)", "1.500.000 đ đã chi / 6.000.000 đ phân bổ");
        assertThat(html).doesNotContain(YEAR + "-03-02");
        assertThat(api().signedIn(a.chief).get("/plans/" + plan).body()).contains("/plans/" + plan + "/supervision");
        assertThat(api().signedIn(a.headA).get("/plans/" + plan).body()).doesNotContain("/plans/" + plan + "/supervision");
        assertThat(api().signedIn(a.headA).get("/plans/" + plan + "/supervision").status()).isEqualTo(403);
        assertThat(api().signedIn(other.chief).get("/plans/" + plan + "/supervision").status()).isEqualTo(404);
        assertThat(api().signedIn(a.chief).get("/plans/" + plan + "/supervision?status=BOGUS").status()).isEqualTo(400);
        Api.Response filtered = api().signedIn(a.chief).get("/plans/" + plan + "/supervision?unitId=" + a.unitB);
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).contains("SUP Ngoại ngữ đang ghi danh").doesNotContain("SUP Lớp bị hủy");
    }

    // ---- visits ----

    private Map<String, Object> visit(Long classId, Long unitId, List<Map<String, Object>> requests) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("classId", classId);
        m.put("unitId", unitId);
        m.put("date", LocalDate.now(clock).toString());
        m.put("criteria", List.of(Map.of("code", "CONTENT", "met", true, "note", "Đúng chương trình"),
                Map.of("code", "LEARNERS", "met", false, "note", "Vắng một người"),
                Map.of("code", "BUDGET", "met", true)));
        m.put("findings", "Lớp tổ chức đúng kế hoạch; một học viên không hoàn thành.");
        m.put("requests", requests);
        return m;
    }

    private static Map<String, Object> request(String text, long unitId, String due) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("ownerUnitId", unitId);
        m.put("dueDate", due);
        return m;
    }

    @Test
    void theChiefRecordsAVisitTheUnitsConcernedSeeItAndAClosedVisitIsReadOnly() {
        ready();
        Api chief = api().as(a.chief);
        Api.Response made = chief.postJson("/api/v1/supervision-visits", visit(held, null, List.of(
                request("Bồi dưỡng lại cho học viên chưa hoàn thành", a.unitA, "2062-05-10"),
                request("Nộp báo cáo kết quả", a.officeUnitId, null))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode v = made.json();
        long id = v.get("id").asLong();
        assertThat(v.get("status").asString()).isEqualTo("OPEN");
        assertThat(v.get("subject").asString()).isEqualTo("SUP Kỹ năng số đã học");
        assertThat(v.get("criteria").size()).isEqualTo(3);
        assertThat(v.get("requests").size()).isEqualTo(2);
        assertThat(v.get("mayClose").asBoolean()).isFalse();
        long reqA = v.get("requests").get(0).get("id").asLong();
        long reqOffice = v.get("requests").get(1).get("id").asLong();

        // audited
        JsonNode audit = ok(chief.get("/api/v1/audit?type=supervision-visit&id=" + id)).json();
        assertThat(audit.get("items").get(0).get("action").asString()).isEqualTo("CREATE");

        // who reads it: the Office, the Director, head A (owns a request); not head B, staff, another agency
        ok(api().as(a.director).get("/api/v1/supervision-visits/" + id));
        JsonNode seenByA = ok(api().as(a.headA).get("/api/v1/supervision-visits/" + id)).json();
        assertThat(seenByA.get("requests").get(0).get("mayClose").asBoolean()).isTrue();
        assertThat(seenByA.get("requests").get(1).get("mayClose").asBoolean()).isFalse();
        assertThat(api().as(a.headB).get("/api/v1/supervision-visits/" + id).status()).isEqualTo(404);
        assertThat(api().as(a.learner).get("/api/v1/supervision-visits/" + id).status()).isEqualTo(403);
        assertThat(api().as(other.chief).get("/api/v1/supervision-visits/" + id).status()).isEqualTo(404);
        assertThat(api().as(other.chief).postJson("/api/v1/supervision-visits/" + id + "/close", Map.of()).status())
                .isEqualTo(404);

        // the reminder job reminds head A the day before the due date, with a link to the request
        long headAUser = jdbc.queryForObject("select id from app_user where username = ?", Long.class, a.headA);
        reminders.remindFor(LocalDate.of(2062, 5, 9));
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link = ?",
                Long.class, headAUser, "/supervision-visits/requests/" + reqA)).isEqualTo(1);
        Api.Response link = api().signedIn(a.headA).get("/supervision-visits/requests/" + reqA);
        assertThat(link.status()).isEqualTo(302);
        assertThat(link.headers().firstValue("Location").orElse("")).contains("/supervision-visits/" + id);

        // closing: the visit waits for its requests; head B cannot reach them; head A closes the own
        String close = "/api/v1/supervision-visits/" + id + "/close";
        assertThat(chief.postJson(close, Map.of()).status()).isEqualTo(409);
        String closeA = "/api/v1/supervision-visits/" + id + "/requests/" + reqA + "/close";
        String closeOffice = "/api/v1/supervision-visits/" + id + "/requests/" + reqOffice + "/close";
        assertThat(api().as(a.headB).postJson(closeA, Map.of()).status()).isEqualTo(404);
        assertThat(api().as(a.headA).postJson(closeOffice, Map.of()).status()).isEqualTo(403);
        assertThat(api().as(a.director).postJson(closeA, Map.of()).status()).isEqualTo(403);
        ok(api().as(a.headA).postJson(closeA, Map.of()));
        assertThat(api().as(a.headA).postJson(closeA, Map.of()).status()).isEqualTo(409);
        // once closed, the request is no longer reminded of
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and link = ?",
                Long.class, headAUser, "/supervision-visits/requests/" + reqA)).isEqualTo(1);
        ok(api().as(a.specialist).postJson(closeOffice, Map.of()));
        assertThat(api().as(a.specialist).postJson(close, Map.of()).status()).isEqualTo(403);
        JsonNode closed = ok(chief.postJson(close, Map.of())).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        // read-only: every change is a 409
        assertThat(chief.postJson(close, Map.of()).status()).isEqualTo(409);
        assertThat(chief.postJson(closeA, Map.of()).status()).isEqualTo(409);
        JsonNode trail = ok(chief.get("/api/v1/audit?type=supervision-visit&id=" + id)).json();
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(l -> actions.add(l.get("action").asString()));
        assertThat(actions).contains("CREATE", "CLOSE_REQUEST", "CLOSE");
    }

    @Test
    void aVisitOfAUnitIsSeenByThatUnitsHeadOnlyAndTheListIsScopedSearchedAndPaged() {
        ready();
        Api chief = api().as(a.chief);
        long ofB = created(chief.postJson("/api/v1/supervision-visits", visit(null, a.unitB, List.of()))).json()
                .get("id").asLong();
        ok(api().as(a.headB).get("/api/v1/supervision-visits/" + ofB));
        assertThat(api().as(a.headA).get("/api/v1/supervision-visits/" + ofB).status()).isEqualTo(404);
        // head A's list never holds the visit of unit B
        JsonNode listA = ok(api().as(a.headA).get("/api/v1/supervision-visits?size=200")).json();
        listA.get("items").forEach(i -> assertThat(i.get("id").asLong()).isNotEqualTo(ofB));
        JsonNode listB = ok(api().as(a.headB).get("/api/v1/supervision-visits?size=200")).json();
        assertThat(listB.get("items").findValuesAsString("subject")).contains("Phòng Nghiệp vụ B");
        // the Office's list, searched and sorted; another agency's is empty of these
        JsonNode found = ok(chief.get("/api/v1/supervision-visits?q=nghi%E1%BB%87p%20v%E1%BB%A5%20b&sort=date,desc"))
                .json();
        assertThat(found.get("totalItems").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ok(chief.get("/api/v1/supervision-visits?size=1")).json().get("items").size()).isEqualTo(1);
        JsonNode otherList = ok(api().as(other.chief).get("/api/v1/supervision-visits?size=200")).json();
        otherList.get("items").forEach(i -> assertThat(i.get("id").asLong()).isNotEqualTo(ofB));
        assertThat(api().as(a.learner).get("/api/v1/supervision-visits").status()).isEqualTo(403);
        assertThat(chief.get("/api/v1/supervision-visits?sort=nope").status()).isEqualTo(400);
        assertThat(chief.get("/api/v1/supervision-visits?status=DONE").status()).isEqualTo(400);
    }

    @Test
    void onlyTheOfficeChiefRecordsAndBadInputAnswers400WithTheField() {
        ready();
        Map<String, Object> good = visit(held, null, List.of());
        for (String who : List.of(a.specialist, a.director, a.headA, a.learner, a.admin)) {
            assertThat(api().as(who).postJson("/api/v1/supervision-visits", good).status()).as(who).isEqualTo(403);
        }
        Api chief = api().as(a.chief);
        // another agency's class or unit looks missing
        assertThat(api().as(other.chief).postJson("/api/v1/supervision-visits", good).status()).isEqualTo(404);
        assertThat(api().as(other.chief).postJson("/api/v1/supervision-visits", visit(null, a.unitA, List.of()))
                .status()).isEqualTo(404);

        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("classId", with(good, "unitId", a.unitA));
        bad.put("date", with(good, "date", LocalDate.now(clock).plusDays(1).toString()));
        bad.put("findings", with(good, "findings", "  "));
        bad.put("criteria", with(good, "criteria", List.of()));
        bad.put("criteria[0].code", with(good, "criteria", List.of(Map.of("code", "PRICE", "met", true))));
        bad.put("criteria[1].code", with(good, "criteria", List.of(Map.of("code", "TIME", "met", true),
                Map.of("code", "TIME", "met", false))));
        bad.put("criteria[0].met", with(good, "criteria", List.of(Map.of("code", "TIME"))));
        bad.put("requests[0].ownerUnitId", with(good, "requests", List.of(request("Làm lại", other.unitA, null))));
        bad.put("requests[0].text", with(good, "requests", List.of(request("", a.unitA, null))));
        bad.put("requests[0].dueDate", with(good, "requests", List.of(request("Làm lại", a.unitA, "2020-01-01"))));
        bad.forEach((field, body) -> {
            Api.Response r = chief.postJson("/api/v1/supervision-visits", body);
            assertThat(r.status()).as(field + ": " + r.body()).isEqualTo(400);
            assertThat(NeedFixtures.fields(r)).as(field).contains(field);
        });
        Api.Response notADay = chief.postJson("/api/v1/supervision-visits", with(good, "date", "2026-02-30"));
        assertThat(notADay.status()).isEqualTo(400);
        Api.Response numberDay = chief.postJson("/api/v1/supervision-visits", with(good, "date", 20260101));
        assertThat(numberDay.status()).isEqualTo(400);
        assertThat(chief.postJson("/api/v1/supervision-visits", "{").status()).isEqualTo(400);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }

    @Test
    void thePagesRecordAVisitAndShowTheButtonsThePolicyAllows() {
        ready();
        Api chief = api().signedIn(a.chief);
        Api.Response form = chief.get("/supervision-visits/new?classId=" + held);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("SUP Kỹ năng số đã học", "Nội dung, chương trình", "Kinh phí");
        assertThat(api().signedIn(a.specialist).get("/supervision-visits/new").status()).isEqualTo(403);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", "class:" + held);
        fields.put("date", "01/12/2026");
        fields.put("met_CONTENT", "true");
        fields.put("met_PLACE", "false");
        fields.put("note_PLACE", "Hội trường chật");
        fields.put("findings", "Ghi nhận qua trang");
        fields.put("reqText_0", "Đổi hội trường");
        fields.put("reqUnit_0", String.valueOf(a.unitA));
        fields.put("reqDue_0", "20/12/2026");
        Api.Response posted = chief.postForm("/supervision-visits", fields);
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/supervision-visits/"), location.indexOf('?'));
        Api.Response detail = chief.get(path);
        assertThat(detail.body()).contains("Ghi nhận qua trang", "Hội trường chật", "Không đạt", "01/12/2026",
                "20/12/2026", "Phòng Nghiệp vụ A", "Chánh Văn phòng " + a.code).doesNotContain("2026-12-01");
        // the chief may close the request (the Office) but not yet the visit
        assertThat(detail.body()).contains("close-request-").doesNotContain("id=\"close-visit\"");
        Api.Response asHeadA = api().signedIn(a.headA).get(path);
        assertThat(asHeadA.body()).contains("close-request-");
        assertThat(api().signedIn(a.director).get(path).body()).doesNotContain("close-request-").doesNotContain("close-visit");

        // a wrong day on the form comes back with the message, nothing recorded
        fields.put("date", "31/02/2026");
        Api.Response wrong = chief.postForm("/supervision-visits", fields);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Ngày không tồn tại");

        Api.Response list = chief.get("/supervision-visits?q=SUP");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("SUP Kỹ năng số đã học", "Ghi nhận đợt kiểm tra");
        assertThat(api().signedIn(a.headB).get("/supervision-visits").body()).doesNotContain("Ghi nhận đợt kiểm tra");
        assertThat(api().signedIn(a.learner).get("/supervision-visits").status()).isEqualTo(403);
    }
}
