package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** B3–B4 over the API, role by role. */
class PlanApiIT extends HttpTest {

    @Test
    void officeChiefOpensAPlanWithDueDatesDerivedFromTheProvincesDate() {
        JsonNode p = Plans.open(api().as("chanhvp"), 2041);
        assertThat(p.get("status").asString()).isEqualTo("DRAFT");
        assertThat(p.get("year").asInt()).isEqualTo(2041);
        assertThat(p.get("registrationDueDate").asString()).isEqualTo("2041-01-20");
        assertThat(p.get("registerBy").asString()).isEqualTo("2041-01-17");
        assertThat(p.get("approveBy").asString()).isEqualTo("2041-01-19");
        long id = p.get("id").asLong();
        var audit = api().as("chanhvp").get("/api/v1/audit?type=plan&id=" + id).json().get("items");
        assertThat(audit.get(0).get("action").asString()).isEqualTo("CREATE");
    }

    @Test
    void onePlanPerAgencyAndYear() {
        Plans.open(api().as("chanhvp"), 2042);
        var again = api().as("chanhvp").postJson("/api/v1/plans",
                Map.of("year", 2042, "registrationDueDate", "2042-02-01"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("2042");
    }

    @Test
    void onlyTheOfficeChiefOpensAPlan() {
        for (String user : new String[] {"chuyenvien", "giamdoc", "tp.tccb", "nhanvien", "admin"}) {
            var r = api().as(user).postJson("/api/v1/plans", Map.of("year", 2043, "registrationDueDate", "2043-01-20"));
            assertThat(r.status()).as(user).isEqualTo(403);
        }
        var bad = api().as("chanhvp").postJson("/api/v1/plans", Map.of("year", 2043));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("registrationDueDate");
    }

    @Test
    void itemsTakeABudgetAsATotalOrAsCostLinesAndThePlanTotalsThem() {
        long id = Plans.open(api().as("chanhvp"), 2044).get("id").asLong();
        Plans.addItem(api().as("chuyenvien"), id, Plans.item("Trung cấp lý luận chính trị", "POLITICAL_THEORY",
                "INTERMEDIATE", 10, 50_000_000L));
        var lines = Plans.item("Bồi dưỡng kỹ năng số", "DIGITAL", null, 20,
                Map.of("lecturerFees", 8_000_000L, "materials", 2_000_000L, "travel", 1_500_000L,
                        "certificates", 500_000L, "management", 1_000_000L));
        lines.put("fundingSource", "CENTRAL");
        long second = Plans.addItem(api().as("chanhvp"), id, lines);

        JsonNode p = api().as("tp.cchc").get("/api/v1/plans/" + id).json();
        assertThat(p.get("items").size()).isEqualTo(2);
        JsonNode item = p.get("items").get(1);
        assertThat(item.get("id").asLong()).isEqualTo(second);
        assertThat(item.get("budget").get("total").asLong()).isEqualTo(13_000_000L);
        assertThat(item.get("budget").get("travel").asLong()).isEqualTo(1_500_000L);
        JsonNode t = p.get("totals");
        assertThat(t.get("headcount").asInt()).isEqualTo(30);
        assertThat(t.get("budget").asLong()).isEqualTo(63_000_000L);
        assertThat(t.get("byCategory").findValuesAsString("key")).containsExactly("POLITICAL_THEORY", "DIGITAL");
        assertThat(t.get("byFundingSource").findValuesAsString("key")).containsExactly("CENTRAL", "LOCAL");
        assertThat(t.get("byFundingSource").get(0).get("budget").asLong()).isEqualTo(13_000_000L);
        assertThat(t.get("byUnit").get(0).get("headcount").asInt()).isEqualTo(30);
    }

    @Test
    void badItemsAre400OnTheirFields() {
        long id = Plans.open(api().as("chanhvp"), 2045).get("id").asLong();
        var wrongLevel = Plans.item("Lớp", "DIGITAL", "ADVANCED", 10, 1000);
        assertThat(field(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", wrongLevel))).isEqualTo("level");
        var badBudget = Plans.item("Lớp", "DIGITAL", null, 10, Map.of("bribes", 5));
        assertThat(field(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", badBudget))).isEqualTo("budget");
        var badKind = Plans.item("Lớp", "DIGITAL", null, 10, 1000);
        badKind.put("kind", "ONLINE");
        assertThat(field(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", badKind))).isEqualTo("kind");
        var dates = Plans.item("Lớp", "DIGITAL", null, 10, 1000);
        dates.put("endDate", "2027-01-01");
        assertThat(field(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", dates))).isEqualTo("endDate");
        var unknownNeed = Plans.item("Lớp", "DIGITAL", null, 10, 1000);
        unknownNeed.put("needIds", java.util.List.of(999_999));
        assertThat(field(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", unknownNeed)))
                .isEqualTo("needIds");
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", "{\"headcount\": \"x\"")
                .status()).isEqualTo(400);
    }

    /** An external registration (cử đi học): another institution's course, its tuition and the places bought. */
    static Map<String, Object> external(String title, int headcount, Object budget) {
        var m = Plans.item(title, "POLITICAL_THEORY", "ADVANCED", headcount, budget);
        m.put("kind", "EXTERNAL");
        m.put("institution", "Học viện Chính trị quốc gia Hồ Chí Minh");
        m.remove("location");
        m.remove("lecturers");
        m.put("targetLearners", "Trưởng phòng được quy hoạch");
        return m;
    }

    @Test
    void externalRegistrationsNameTheirInstitutionAndCostTheirTuition() {
        long id = Plans.open(api().as("chanhvp"), 2034).get("id").asLong();
        String items = "/api/v1/plans/" + id + "/items";

        var noInstitution = external("Cao cấp lý luận chính trị", 2, Map.of("tuition", 30_000_000L));
        noInstitution.remove("institution");
        var r = api().as("chanhvp").postJson(items, noInstitution);
        assertThat(field(r)).isEqualTo("institution");
        assertThat(r.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Cử đi học: nhập cơ sở đào tạo tổ chức khóa học.");
        noInstitution.put("institution", "   ");
        assertThat(field(api().as("chanhvp").postJson(items, noInstitution))).isEqualTo("institution");

        // the organiser's cost lines are the institution's: refused on their line, not dropped
        var hall = external("Cao cấp lý luận chính trị", 2,
                Map.of("tuition", 30_000_000L, "hall", 5_000_000L, "lecturerFees", 1_000_000L));
        r = api().as("chanhvp").postJson(items, hall);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("budget.lecturerFees", "budget.hall");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("Cử đi học chỉ có học phí");
        var noTuition = external("Cao cấp lý luận chính trị", 2, Map.of("travel", 4_000_000L));
        r = api().as("chanhvp").postJson(items, noTuition);
        assertThat(field(r)).isEqualTo("budget.tuition");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("nhập học phí");
        assertThat(api().as("chanhvp").get("/api/v1/plans/" + id).json().get("items").size()).isZero();

        // tuition and the learners' travel make the item's total; a bare number is the tuition
        long first = Plans.addItem(api().as("chanhvp"), id, external("Cao cấp lý luận chính trị", 2,
                Map.of("tuition", 30_000_000L, "travel", 4_000_000L)));
        var bare = external("Bồi dưỡng lãnh đạo cấp phòng", 3, 15_000_000L);
        bare.put("category", "LEADERSHIP");
        bare.put("level", "DIVISION");
        bare.put("fundingSource", "CENTRAL");
        long second = Plans.addItem(api().as("chuyenvien"), id, bare);
        Plans.addItem(api().as("chanhvp"), id, Plans.item("Kỹ năng số", "DIGITAL", null, 20,
                Map.of("lecturerFees", 8_000_000L, "hall", 2_000_000L)));

        JsonNode p = api().as("chanhvp").get("/api/v1/plans/" + id).json();
        JsonNode one = p.get("items").get(0);
        assertThat(one.get("id").asLong()).isEqualTo(first);
        assertThat(one.get("kind").asString()).isEqualTo("EXTERNAL");
        assertThat(one.get("institution").asString()).isEqualTo("Học viện Chính trị quốc gia Hồ Chí Minh");
        assertThat(one.get("budget").get("tuition").asLong()).isEqualTo(30_000_000L);
        assertThat(one.get("budget").get("total").asLong()).isEqualTo(34_000_000L);
        JsonNode two = p.get("items").get(1);
        assertThat(two.get("id").asLong()).isEqualTo(second);
        assertThat(two.get("budget").get("tuition").asLong()).isEqualTo(15_000_000L);
        assertThat(two.get("budget").get("total").asLong()).isEqualTo(15_000_000L);

        JsonNode t = p.get("totals");
        assertThat(t.get("headcount").asInt()).isEqualTo(25);
        assertThat(t.get("budget").asLong()).isEqualTo(34_000_000L + 15_000_000L + 10_000_000L);
        assertThat(line(t.get("byCategory"), "POLITICAL_THEORY").get("budget").asLong()).isEqualTo(34_000_000L);
        assertThat(line(t.get("byCategory"), "LEADERSHIP").get("budget").asLong()).isEqualTo(15_000_000L);
        assertThat(line(t.get("byFundingSource"), "CENTRAL").get("budget").asLong()).isEqualTo(15_000_000L);
        assertThat(line(t.get("byFundingSource"), "LOCAL").get("budget").asLong()).isEqualTo(44_000_000L);

        // an edit that turns a hosted class into a registration is held to the same rules
        long hosted = p.get("items").get(2).get("id").asLong();
        var turned = external("Kỹ năng số", 20, Map.of("lecturerFees", 8_000_000L, "tuition", 1_000_000L));
        assertThat(field(api().as("chanhvp").putJson(items + "/" + hosted, turned))).isEqualTo("budget.lecturerFees");
    }

    private static JsonNode line(JsonNode lines, String key) {
        for (JsonNode l : lines) {
            if (l.get("key").asString().equals(key)) {
                return l;
            }
        }
        throw new AssertionError(key + " not in " + lines);
    }

    private static String field(vn.boiduong.support.Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void staffCannotReadOrWritePlans() {
        long id = Plans.open(api().as("chanhvp"), 2046).get("id").asLong();
        assertThat(api().as("nhanvien").get("/api/v1/plans/" + id).status()).isEqualTo(403);
        assertThat(api().as("nhanvien").postJson("/api/v1/plans/" + id + "/items",
                Plans.item("Lớp", "DIGITAL", null, 10, 1000)).status()).isEqualTo(403);
        assertThat(api().as("tp.tccb").postJson("/api/v1/plans/" + id + "/items",
                Plans.item("Lớp", "DIGITAL", null, 10, 1000)).status()).isEqualTo(403);
        assertThat(api().as("tp.tccb").get("/api/v1/plans/" + id).status()).isEqualTo(200);
        assertThat(api().as("nhanvien").get("/api/v1/classes").status()).isEqualTo(403);
        assertThat(api().get("/api/v1/plans/" + id).status()).isEqualTo(401);
    }

    @Test
    void chiefSubmitsDirectorReturnsChiefResubmitsDirectorApproves() {
        long id = Plans.submitted(api().as("chanhvp"), 2047);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(409);
        assertThat(api().as("chuyenvien").postJson("/api/v1/plans/" + id + "/return", Map.of("reason", "x"))
                .status()).isEqualTo(403);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "1/QĐ-SNV", "decisionDate", "2047-01-18")).status()).isEqualTo(403);
        // while submitted the Office cannot change items
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items",
                Plans.item("Lớp", "DIGITAL", null, 10, 1000)).status()).isEqualTo(409);

        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/return", Map.of("reason", " "))
                .status()).isEqualTo(400);
        var returned = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/return",
                Map.of("reason", "Bổ sung lớp bồi dưỡng kỹ năng số cho viên chức"));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("returnReason").asString()).startsWith("Bổ sung lớp");

        Plans.addItem(api().as("chuyenvien"), id, Plans.item("Kỹ năng số cho viên chức", "DIGITAL", null, 15, 9_000_000L));
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).json()
                .get("status").asString()).isEqualTo("SUBMITTED");

        var approved = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "125/QĐ-SNV", "decisionDate", "2047-01-18"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decisionNumber").asString()).isEqualTo("125/QĐ-SNV");
        assertThat(approved.json().get("signerTitle").asString()).isNotBlank();

        JsonNode classes = api().as("tp.tccb").get("/api/v1/classes?planId=" + id).json();
        assertThat(classes.get("totalItems").asInt()).isEqualTo(3);
        assertThat(classes.get("items").findValuesAsString("status")).containsOnly("PLANNED");
        assertThat(classes.get("items").get(0).get("enrolled").asInt()).isZero();
        assertThat(classes.get("items").get(0).get("completed").asInt()).isZero();

        var audit = api().as("giamdoc").get("/api/v1/audit?type=plan&id=" + id + "&size=50").json().get("items");
        assertThat(audit.findValuesAsString("action")).contains("CREATE", "ADD_ITEM", "SUBMIT", "RETURN", "APPROVE");
        long classId = classes.get("items").get(0).get("id").asLong();
        assertThat(api().as("giamdoc").get("/api/v1/audit?type=class&id=" + classId).json().get("totalItems")
                .asInt()).isEqualTo(1);
    }

    @Test
    void approvedPlanCannotBeEdited() {
        long id = Plans.submitted(api().as("chanhvp"), 2048);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "7/QĐ-SNV", "decisionDate", "2048-01-18")).status()).isEqualTo(200);
        long itemId = api().as("chanhvp").get("/api/v1/plans/" + id).json().get("items").get(0).get("id").asLong();
        var add = api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items",
                Plans.item("Lớp thêm", "DIGITAL", null, 10, 1000));
        assertThat(add.status()).isEqualTo(409);
        assertThat(add.json().get("detail").asString()).contains("đã được phê duyệt");
        assertThat(api().as("chanhvp").putJson("/api/v1/plans/" + id + "/items/" + itemId,
                Plans.item("Đổi tên", "DIGITAL", null, 10, 1000)).status()).isEqualTo(409);
        var remove = api().as("chanhvp").delete("/api/v1/plans/" + id + "/items/" + itemId);
        assertThat(remove.status()).isEqualTo(409);
        assertThat(remove.json().get("detail").asString()).contains("đã được phê duyệt");
        // the frozen plan answers before the body is read: a wrong item, or none, is still a 409
        var wrong = Plans.item("", "NO_SUCH_CATEGORY", null, 0, Map.of("bribes", 5));
        wrong.put("kind", "ONLINE");
        assertThat(api().as("chuyenvien").postJson("/api/v1/plans/" + id + "/items", wrong).status()).isEqualTo(409);
        assertThat(api().as("chanhvp").putJson("/api/v1/plans/" + id + "/items/" + itemId, wrong).status())
                .isEqualTo(409);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", "").status()).isEqualTo(409);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve", Map.of("decisionNumber", "x"))
                .status()).isEqualTo(409);
        // and someone outside the Office is still refused first
        assertThat(api().as("tp.tccb").postJson("/api/v1/plans/" + id + "/items", wrong).status()).isEqualTo(403);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(409);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/return", Map.of("reason", "Sửa"))
                .status()).isEqualTo(409);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "8/QĐ-SNV", "decisionDate", "2048-01-18")).status()).isEqualTo(409);
        assertThat(api().as("chanhvp").get("/api/v1/plans/" + id).json().get("items").get(0).get("title").asString())
                .isNotEqualTo("Đổi tên");
        assertThat(api().as("chanhvp").get("/api/v1/classes?planId=" + id).json().get("totalItems").asInt())
                .isEqualTo(2);
    }

    private vn.boiduong.support.Api.Response approve(long id, String number, String date) {
        return api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", number, "decisionDate", date));
    }

    @Test
    void theDecisionNumberIsKeptInItsOfficialFormAndIsUniqueWithinTheYear() throws Exception {
        long first = Plans.submitted(api().as("chanhvp"), 2035);
        for (String bad : new String[] {"QĐ-SNV", "/QĐ-SNV", "số 12", "12a/QĐ-SNV", "0/QĐ-SNV"}) {
            var r = approve(first, bad, "2035-01-18");
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionNumber");
            assertThat(r.json().get("errors").get(0).get("message").asString()).as(bad)
                    .containsAnyOf("phải bắt đầu bằng số thứ tự, ví dụ 15 hoặc 15/QĐ-SNV", "bắt đầu từ 01");
        }
        // entered without its symbol: the symbol is the agency's (settings: SNV)
        var approved = approve(first, "125", "2035-01-18");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("decisionNumber").asString()).isEqualTo("125/QĐ-SNV");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(
                api().as("chanhvp").get("/api/v1/plans/" + first + "/decision.pdf").bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Số: 125/QĐ-SNV");
        }

        // the next year's plan decided in December of the same year cannot take 125 again, however written
        long second = Plans.submitted(api().as("chanhvp"), 2036);
        for (String same : new String[] {"125/QĐ-SNV", "125", "0125/QĐ-SNV"}) {
            var r = approve(second, same, "2035-12-20");
            assertThat(r.status()).as(same).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains("125/QĐ-SNV", "không được trùng trong năm");
        }
        assertThat(api().as("chanhvp").get("/api/v1/plans/" + second).json().get("status").asString())
                .isEqualTo("SUBMITTED");
        // numbers start again on 1 January: 125 dated in 2036 is free, and a number under 10 takes its zero
        var other = approve(second, "125/QĐ-SNV", "2036-01-05");
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        long third = Plans.submitted(api().as("chanhvp"), 2037);
        var small = approve(third, "7/QĐ-SNV", "2036-01-06");
        assertThat(small.json().get("decisionNumber").asString()).isEqualTo("07/QĐ-SNV");
    }

    @Test
    void theHomePageProgressShowsThePlansStateAndDueDates() {
        var before = api().as("chanhvp").get("/api/v1/procedure/progress?year=2049").json();
        assertThat(step(before, "B3").get("status").asString()).isEqualTo("NOT_STARTED");
        long id = Plans.submitted(api().as("chanhvp"), 2049);
        var submitted = api().as("giamdoc").get("/api/v1/procedure/progress?year=2049").json();
        assertThat(step(submitted, "B3").get("status").asString()).isEqualTo("DONE");
        assertThat(step(submitted, "B4").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(submitted.get("dueDates").get("registerBy").asString()).isEqualTo("2049-01-17");
        api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "49/QĐ-SNV", "decisionDate", "2049-01-18"));
        var approved = api().as("chanhvp").get("/api/v1/procedure/progress?year=2049").json();
        assertThat(step(approved, "B4").get("status").asString()).isEqualTo("DONE");
        assertThat(step(approved, "B4").get("detail").asString()).contains("49/QĐ-SNV");
    }

    @Test
    void theOpenApiDocumentDescribesBothShapesOfTheBudget() {
        var r = api().as("chanhvp").get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("/api/v1/plans/{id}/items", "/api/v1/plans/{id}/approve", "/api/v1/classes",
                "BudgetLines", "lecturerFees", "oneOf");
    }

    private static JsonNode step(JsonNode progress, String code) {
        for (JsonNode s : progress.get("steps")) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError(code);
    }
}
