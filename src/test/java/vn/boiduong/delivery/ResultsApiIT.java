package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * B5's attendance, results and certificates over HTTP, role by role, on a fresh agency: one hosted
 * class of last March with five 3-hour sessions and four learners (three of unit A, one of unit B).
 * The tests run in order: marks, then the class finishes, results, certificates and the public page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultsApiIT extends HttpTest {

    private static final int YEAR = 2025;

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    List<vn.boiduong.demo.DeliveryDemoStep> demoSteps;

    private static DeliveryAgency a;
    private static DeliveryAgency other;
    private static long classId;
    private static final List<Long> sessions = new ArrayList<>();
    private static long l0;
    private static long l1;
    private static long l2;
    private static long l3;

    private synchronized void ready() {
        if (a != null) {
            return;
        }
        a = DeliveryAgency.create(org, accounts, "RES");
        other = DeliveryAgency.create(org, accounts, "RESX");
        classId = a.approvedPlan(api(), YEAR, List.of(DeliveryAgency.hostedItem("Bồi dưỡng kỹ năng số RES", YEAR, 3,
                10, 20_000_000L))).get(0);
        Api chief = api().as(a.chief);
        ok(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()));
        l0 = a.peopleA.get(0);
        l1 = a.peopleA.get(1);
        l2 = a.peopleA.get(2);
        l3 = a.peopleB.get(0);
        var enrolled = chief.postJson("/api/v1/classes/" + classId + "/enrollments", Map.of("staffIds",
                List.of(l0, l1, l2, l3)));
        assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
        for (int day = 2; day <= 6; day++) {
            var s = chief.postJson("/api/v1/classes/" + classId + "/sessions", Map.of("date",
                    LocalDate.of(YEAR, 3, day).toString(), "startTime", "08:00", "endTime", "11:00", "topic",
                    "Chuyên đề " + day, "room", "Hội trường"));
            assertThat(s.status()).as(s.body()).isIn(200, 201);
            sessions.add(s.json().get("id").asLong());
        }
        ok(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()));
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private String base() {
        return "/api/v1/classes/" + classId;
    }

    private static List<Map<String, Object>> marks(Object... staffAndPresence) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < staffAndPresence.length; i += 2) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("staffId", staffAndPresence[i]);
            m.put("presence", staffAndPresence[i + 1]);
            rows.add(m);
        }
        return rows;
    }

    private static JsonNode row(JsonNode grid, long staffId) {
        for (JsonNode r : grid.get("learners")) {
            if (r.get("staffId").asLong() == staffId) {
                return r;
            }
        }
        return null;
    }

    @Test
    @Order(1)
    void theOfficeMarksEachSessionAndTheGridCountsSharesAndHours() {
        ready();
        Api specialist = api().as(a.specialist);
        for (int i = 0; i < 5; i++) {
            ok(specialist.putJson(base() + "/sessions/" + sessions.get(i) + "/attendance", marks(l0, "PRESENT", l1,
                    i < 4 ? "PRESENT" : "EXCUSED", l2, i < 3 ? "PRESENT" : "ABSENT", l3, "PRESENT")));
        }
        JsonNode grid = ok(api().as(a.chief).get(base() + "/attendance")).json();
        assertThat(grid.get("sessions").size()).isEqualTo(5);
        assertThat(grid.get("totalHours").asDouble()).isEqualTo(15.0);
        assertThat(grid.get("minShare").asDouble()).isEqualTo(0.8);
        assertThat(row(grid, l0).get("attendedShare").asDouble()).isEqualTo(1.0);
        assertThat(row(grid, l1).get("attendedShare").asDouble()).isEqualTo(0.8);
        assertThat(row(grid, l1).get("attendedHours").asDouble()).isEqualTo(12.0);
        assertThat(row(grid, l1).get("meetsRule").asBoolean()).isTrue();
        assertThat(row(grid, l2).get("attendedShare").asDouble()).isEqualTo(0.6);
        assertThat(row(grid, l2).get("meetsRule").asBoolean()).isFalse();
        assertThat(row(grid, l2).get("marks").get(String.valueOf(sessions.get(4))).asString()).isEqualTo("ABSENT");

        // the unit head of B sees the own unit's learner only; the Director all
        JsonNode b = ok(api().as(a.headB).get(base() + "/attendance")).json();
        assertThat(b.get("learners").size()).isEqualTo(1);
        assertThat(row(b, l3)).isNotNull();
        assertThat(ok(api().as(a.director).get(base() + "/attendance")).json().get("learners").size()).isEqualTo(4);
        // the learners' list carries the attended share
        JsonNode list = ok(api().as(a.chief).get(base() + "/enrollments")).json();
        for (JsonNode e : list) {
            if (e.get("staffId").asLong() == l2) {
                assertThat(e.get("attendedShare").asDouble()).isEqualTo(0.6);
            }
        }
    }

    @Test
    @Order(2)
    void onlyTheOfficeOfTheAgencyMarksAndABadRowSavesNothing() {
        ready();
        String path = base() + "/sessions/" + sessions.get(0) + "/attendance";
        for (String user : new String[] {a.director, a.headA, a.learner, a.admin}) {
            assertThat(api().as(user).putJson(path, marks(l0, "ABSENT")).status()).as(user).isEqualTo(403);
        }
        assertThat(api().as(other.chief).putJson(path, marks(l0, "ABSENT")).status()).isEqualTo(404);
        assertThat(api().as(other.chief).get(base() + "/attendance").status()).isEqualTo(404);
        assertThat(api().as(a.learner).get(base() + "/attendance").status()).isEqualTo(403);
        assertThat(api().as(a.chief).putJson(base() + "/sessions/999999999/attendance", marks(l0, "ABSENT")).status())
                .isEqualTo(404);

        // a good row and a person not in the class: 400 naming the row, the good row not saved
        var bad = api().as(a.chief).putJson(path, marks(l0, "ABSENT", a.peopleB.get(1), "PRESENT"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].staffId");
        assertThat(bad.json().get("errors").get(0).get("message").asString()).contains("không phải học viên");
        var unknown = api().as(a.chief).putJson(path, "[{\"staffId\": " + l0 + ", \"presence\": \"MAYBE\"}]");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).isNotBlank();
        var missing = api().as(a.chief).putJson(path, "[{\"staffId\": " + l0 + "}]");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("[0].presence");
        assertThat(api().as(a.chief).putJson(path, List.of()).status()).isEqualTo(400);
        JsonNode grid = ok(api().as(a.chief).get(base() + "/attendance")).json();
        assertThat(row(grid, l0).get("attendedShare").asDouble()).as("nothing half-saved").isEqualTo(1.0);
    }

    @Test
    @Order(3)
    void aChangeAfterTheSessionsDayIsAuditedFromWhatToWhat() {
        ready();
        String path = base() + "/sessions/" + sessions.get(4) + "/attendance";
        ok(api().as(a.chief).putJson(path, marks(l1, "ABSENT")));
        ok(api().as(a.chief).putJson(path, marks(l1, "EXCUSED")));
        JsonNode audit = ok(api().as(a.chief).get("/api/v1/audit?type=class&id=" + classId + "&size=100")).json()
                .get("items");
        List<String> changes = new ArrayList<>();
        audit.forEach(x -> {
            if ("ATTENDANCE_CHANGE".equals(x.get("action").asString())) {
                changes.add(x.get("detail").asString() + " by " + x.get("actor").asString());
            }
        });
        assertThat(changes).anyMatch(d -> d.contains("06/03/" + YEAR) && d.contains("Vắng có phép → Vắng không phép")
                && d.endsWith("by " + a.chief));
        assertThat(changes).anyMatch(d -> d.contains("Vắng không phép → Vắng có phép"));
    }

    @Test
    @Order(4)
    void resultsWaitForTheEndAndRefuseBadRowsWhole() {
        ready();
        var early = api().as(a.chief).postJson(base() + "/results", List.of(Map.of("staffId", l0, "outcome",
                "COMPLETED")));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("kết thúc");
        ok(api().as(a.chief).postJson(base() + "/finish", Map.of()));

        var outOfRange = api().as(a.chief).postJson(base() + "/results", List.of(
                Map.of("staffId", l0, "outcome", "COMPLETED", "score", 8.5),
                Map.of("staffId", l1, "outcome", "COMPLETED", "score", 10.5)));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].score");
        assertThat(outOfRange.json().get("errors").get(0).get("message").asString()).contains("từ 0 đến 10");
        var twoDecimals = api().as(a.chief).postJson(base() + "/results",
                "[{\"staffId\": " + l0 + ", \"outcome\": \"COMPLETED\", \"score\": 8.55}]");
        assertThat(twoDecimals.status()).isEqualTo(400);
        assertThat(twoDecimals.json().get("errors").get(0).get("message").asString()).contains("một chữ số thập phân");
        var notANumber = api().as(a.chief).postJson(base() + "/results",
                "[{\"staffId\": " + l0 + ", \"outcome\": \"COMPLETED\", \"score\": \"tám\"}]");
        assertThat(notANumber.status()).isEqualTo(400);
        var badOutcome = api().as(a.chief).postJson(base() + "/results",
                "[{\"staffId\": " + l0 + ", \"outcome\": \"PASSED\"}]");
        assertThat(badOutcome.status()).isEqualTo(400);
        var sameNumber = api().as(a.chief).postJson(base() + "/results", List.of(
                Map.of("staffId", l0, "outcome", "COMPLETED", "certificateNumber", "01/GCN-TEST"),
                Map.of("staffId", l1, "outcome", "COMPLETED", "certificateNumber", "01/GCN-TEST")));
        assertThat(sameNumber.status()).isEqualTo(400);
        assertThat(sameNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].certificateNumber");
        assertThat(sameNumber.json().get("errors").get(0).get("message").asString()).contains("trùng");

        // below the attendance rule: 409 naming the person and the share; the good row is not saved either
        var below = api().as(a.chief).postJson(base() + "/results", List.of(
                Map.of("staffId", l0, "outcome", "COMPLETED", "score", 9),
                Map.of("staffId", l2, "outcome", "COMPLETED", "score", 7)));
        assertThat(below.status()).isEqualTo(409);
        String name2 = ok(api().as(a.chief).get("/api/v1/staff/" + l2)).json().get("fullName").asString();
        assertThat(below.json().get("detail").asString()).contains(name2, "3/5", "60 %", "80 %");
        var failing = api().as(a.chief).postJson(base() + "/results", List.of(
                Map.of("staffId", l0, "outcome", "COMPLETED", "score", 4.5)));
        assertThat(failing.status()).isEqualTo(409);
        assertThat(failing.json().get("detail").asString()).contains("Không đạt");

        for (String user : new String[] {a.director, a.headA, a.learner, a.admin}) {
            assertThat(api().as(user).postJson(base() + "/results", List.of(Map.of("staffId", l0, "outcome",
                    "COMPLETED"))).status()).as(user).isEqualTo(403);
        }
        assertThat(api().as(other.chief).postJson(base() + "/results", List.of(Map.of("staffId", l0, "outcome",
                "COMPLETED"))).status()).isEqualTo(404);

        for (JsonNode e : ok(api().as(a.chief).get(base() + "/enrollments")).json()) {
            assertThat(e.get("outcome").isNull()).as("nothing half-saved: " + e).isTrue();
        }
        assertThat(ok(api().as(a.chief).get(base() + "/certificates")).json().size()).isZero();
    }

    @Test
    @Order(5)
    void resultsAreClassifiedAndCompletedLearnersGetNumberedCertificates() {
        ready();
        int year = LocalDate.now().getYear();
        var r = api().as(a.specialist).postJson(base() + "/results", List.of(
                Map.of("staffId", l0, "outcome", "COMPLETED", "score", 8.5),
                Map.of("staffId", l1, "outcome", "COMPLETED", "score", 9),
                Map.of("staffId", l2, "outcome", "NOT_COMPLETED", "score", 4),
                Map.of("staffId", l3, "outcome", "COMPLETED", "score", 6.5)));
        ok(r);
        Map<Long, JsonNode> byStaff = new LinkedHashMap<>();
        ok(api().as(a.chief).get(base() + "/enrollments")).json().forEach(e -> byStaff.put(e.get("staffId").asLong(), e));
        assertThat(byStaff.get(l0).get("classification").asString()).isEqualTo("Giỏi");
        assertThat(byStaff.get(l1).get("classification").asString()).isEqualTo("Xuất sắc");
        assertThat(byStaff.get(l2).get("classification").asString()).isEqualTo("Không đạt");
        assertThat(byStaff.get(l2).get("certificateNumber").isNull()).isTrue();
        assertThat(byStaff.get(l3).get("classification").asString()).isEqualTo("Khá");
        assertThat(byStaff.get(l1).get("attendedShare").asDouble()).isEqualTo(0.8);
        List<String> numbers = List.of(byStaff.get(l0).get("certificateNumber").asString(),
                byStaff.get(l1).get("certificateNumber").asString(), byStaff.get(l3).get("certificateNumber").asString());
        assertThat(numbers).containsExactlyInAnyOrder("1/" + year + "/GCN-" + a.code, "2/" + year + "/GCN-" + a.code,
                "3/" + year + "/GCN-" + a.code);

        // a learner with a certificate cannot become NOT_COMPLETED while it stands
        var undo = api().as(a.chief).postJson(base() + "/results", List.of(Map.of("staffId", l0, "outcome",
                "NOT_COMPLETED")));
        assertThat(undo.status()).isEqualTo(409);
        assertThat(undo.json().get("detail").asString()).contains("thu hồi");

        JsonNode certs = ok(api().as(a.chief).get(base() + "/certificates")).json();
        assertThat(certs.size()).isEqualTo(3);
        assertThat(certs.get(0).get("status").asString()).isEqualTo("VALID");
        assertThat(certs.get(0).get("pdfSha256").asString()).hasSize(64);
        assertThat(ok(api().as(a.headB).get(base() + "/certificates")).json().size()).as("own unit only").isEqualTo(1);
    }

    @Test
    @Order(6)
    void thePdfIsForTheOfficeAndTheLearnerAndTheVerifyPageShowsItsFieldsAndHash() throws Exception {
        ready();
        String pdfPath = base() + "/certificates/" + l0 + ".pdf";
        var pdf = api().as(a.chief).get(pdfPath);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        byte[] bytes = pdf.bytes();
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(doc);
        }
        JsonNode mine = null;
        for (JsonNode c : ok(api().as(a.chief).get(base() + "/certificates")).json()) {
            if (c.get("staffId").asLong() == l0) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(text).contains("GIẤY CHỨNG NHẬN", mine.get("fullName").asString(), "Bồi dưỡng kỹ năng số RES",
                "Số: " + mine.get("number").asString(), "điểm 8,5, xếp loại Giỏi", "15 giờ học",
                "từ ngày 02/03/" + YEAR + " đến ngày 06/03/" + YEAR);
        assertThat(sha256(bytes)).isEqualTo(mine.get("pdfSha256").asString());

        // the learner themself; not another learner's, not a unit head, not another agency
        assertThat(api().as(a.learner).get(pdfPath).status()).isEqualTo(200);
        assertThat(api().as(a.learner).get(base() + "/certificates/" + l1 + ".pdf").status()).isEqualTo(403);
        assertThat(api().as(a.headA).get(pdfPath).status()).isEqualTo(403);
        assertThat(api().as(other.chief).get(pdfPath).status()).isEqualTo(404);
        assertThat(api().as(a.chief).get(base() + "/certificates/" + l2 + ".pdf").status()).isEqualTo(404);

        // the public page at the printed address, without signing in
        Matcher m = Pattern.compile("Mã xác thực: ([0-9a-f]{32})").matcher(text);
        assertThat(m.find()).isTrue();
        String code = m.group(1);
        assertThat(text).contains("/verify/" + code);
        var page = api().get("/verify/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(mine.get("fullName").asString(), mine.get("number").asString(),
                "Bồi dưỡng kỹ năng số RES", "02/03/" + YEAR, "06/03/" + YEAR, "8,5", "Giỏi", "Còn hiệu lực",
                sha256(bytes));

        // an edited PDF does not "verify": its hash is not the one the page shows
        byte[] edited = bytes.clone();
        int at = new String(edited, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Title");
        edited[at + 1] = 'X';
        assertThat(sha256(edited)).isNotEqualTo(sha256(bytes));
        assertThat(page.body()).doesNotContain(sha256(edited));

        assertThat(api().get("/verify/0000000000000000000000000000dead").status()).isEqualTo(404);
        assertThat(api().get("/verify/not-a-code").status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void theOfficeChiefRevokesWithADecisionAndAReasonAndThePageSaysSo() throws Exception {
        ready();
        String revoke = base() + "/certificates/" + l3 + "/revoke";
        assertThat(api().as(a.specialist).postJson(revoke, Map.of("decisionNumber", "5/QĐ-" + a.code, "reason",
                "Hồ sơ sai")).status()).isEqualTo(403);
        assertThat(api().as(other.chief).postJson(revoke, Map.of("decisionNumber", "5/QĐ", "reason", "x")).status())
                .isEqualTo(404);
        var blank = api().as(a.chief).postJson(revoke, Map.of("decisionNumber", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionNumber");
        JsonNode done = ok(api().as(a.chief).postJson(revoke, Map.of("decisionNumber", "5/QĐ-" + a.code, "reason",
                "Kê khai sai thời gian học"))).json();
        assertThat(done.get("status").asString()).isEqualTo("REVOKED");
        assertThat(api().as(a.chief).postJson(revoke, Map.of("decisionNumber", "6/QĐ", "reason", "lần hai")).status())
                .isEqualTo(409);

        byte[] bytes = api().as(a.chief).get(base() + "/certificates/" + l3 + ".pdf").bytes();
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(doc);
        }
        Matcher m = Pattern.compile("Mã xác thực: ([0-9a-f]{32})").matcher(text);
        assertThat(m.find()).isTrue();
        var page = api().get("/verify/" + m.group(1));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đã thu hồi", "5/QĐ-" + a.code, "Kê khai sai thời gian học");
        // a revoked certificate is kept, and its learner may now be recorded as not completed
        ok(api().as(a.chief).postJson(base() + "/results", List.of(Map.of("staffId", l3, "outcome",
                "NOT_COMPLETED"))));
    }

    @Test
    @Order(8)
    void theClassPageShowsTheGridAndResultsAndSavesARowAtATime() {
        ready();
        Api chief = api().signedIn(a.chief);
        var page = chief.get("/classes/" + classId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"attendance-table\"", "id=\"results-table\"", "id=\"certificate-table\"",
                "Đã thu hồi", "Xuất sắc");
        // a row of the page's grid: one session changed, the others kept
        var saved = chief.postForm("/classes/" + classId + "/attendance/" + l2,
                Map.of("s" + sessions.get(3), "PRESENT"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(chief.get("/classes/" + classId).body()).contains("Đã lưu điểm danh");
        JsonNode grid = ok(api().as(a.chief).get(base() + "/attendance")).json();
        assertThat(row(grid, l2).get("attended").asInt()).isEqualTo(4);
        assertThat(row(grid, l0).get("attended").asInt()).isEqualTo(5);
        // a bad row is refused with a message and the grid is as it was
        var refused = chief.postForm("/classes/" + classId + "/attendance/" + l2,
                Map.of("s" + sessions.get(4), "MAYBE"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(chief.get("/classes/" + classId).body()).contains("Điểm danh không hợp lệ");
        assertThat(row(ok(api().as(a.chief).get(base() + "/attendance")).json(), l2).get("attended").asInt())
                .isEqualTo(4);
        // the page's PDF link
        var pdf = chief.get("/classes/" + classId + "/certificates/" + l0 + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    }

    @Test
    @Order(9)
    void theDemoStepIssuesCertificatesForLastYearsCompletedLearners() throws Exception {
        ready();
        // a class of another agency carried to its end, its results written straight into the table as
        // the demo data does (no certificates issued by the results service)
        long id = other.approvedPlan(api(), 2024, List.of(DeliveryAgency.hostedItem("Lớp minh họa RESX", 2024, 3,
                10, 10_000_000L))).get(0);
        Api chief = api().as(other.chief);
        ok(chief.postJson("/api/v1/classes/" + id + "/open", Map.of()));
        var enrolled = chief.postJson("/api/v1/classes/" + id + "/enrollments", Map.of("staffIds",
                List.of(other.peopleA.get(0), other.peopleB.get(0), other.peopleA.get(1))));
        assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
        ok(chief.postJson("/api/v1/classes/" + id + "/start", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + id + "/finish", Map.of()));
        jdbc.update("update enrolment set outcome = 'COMPLETED', score = 8.0, classification = 'Giỏi', "
                + "result_by = 'demo', result_at = current_timestamp where class_id = ? and staff_id <> ?", id,
                other.peopleA.get(1));
        jdbc.update("update enrolment set outcome = 'NOT_COMPLETED' where class_id = ? and staff_id = ?", id,
                other.peopleA.get(1));

        vn.boiduong.demo.DeliveryDemoStep step = demoSteps.stream()
                .filter(x -> x.getClass().getSimpleName().startsWith("CertificateDemoStep")).findFirst().orElseThrow();
        step.seed(other.agencyId, 2024, 2025);
        step.seed(other.agencyId, 2024, 2025); // again: nothing more

        JsonNode certs = ok(api().as(other.chief).get("/api/v1/classes/" + id + "/certificates")).json();
        assertThat(certs.size()).isEqualTo(2);
        List<String> numbers = new ArrayList<>();
        certs.forEach(c -> numbers.add(c.get("number").asString()));
        assertThat(numbers).containsExactlyInAnyOrder("1/2024/GCN-" + other.code, "2/2024/GCN-" + other.code);
        assertThat(certs.get(0).get("issuedOn").asString()).isEqualTo("2024-03-06");
        byte[] pdf = ok(chief.get("/api/v1/classes/" + id + "/certificates/" + other.peopleA.get(0) + ".pdf")).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Lớp minh họa RESX", "xếp loại Giỏi");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
