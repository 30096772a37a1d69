package vn.boiduong.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.reporting.report.ReportScenario.narrative;
import static vn.boiduong.reporting.report.ReportScenario.ok;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;

/**
 * B6's report to the Director over HTTP (H2 and PostgreSQL): the chief drafts and submits, the
 * Director returns and acknowledges; roles and scope; the frozen documents; the dashboard's numbers
 * equal the API's.
 */
class ResultsReportApiIT extends HttpTest {

    private static final int YEAR = 2066;

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;

    private long draft(DeliveryAgency a, int year) {
        var r = api().as(a.chief).postJson("/api/v1/results-reports", Map.of("year", year));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void theChiefSubmitsTheDirectorReturnsThenAcknowledgesAndTheDocumentsAreFrozen() throws Exception {
        ReportScenario s = ReportScenario.create(baseUrl(), org, accounts, "RRA", YEAR);
        DeliveryAgency a = s.a;
        long id = draft(a, YEAR);
        String url = "/api/v1/results-reports/" + id;
        var early = api().as(a.chief).postJson(url + "/submit", Map.of());
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("achievements", "proposals");
        ok(api().as(a.chief).putJson(url, narrative("lần 1")));
        var submitted = ok(api().as(a.chief).postJson(url + "/submit", Map.of()));
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(api().as(a.director).get("/api/v1/notifications").body()).contains("/results-reports/" + id);

        assertThat(api().as(a.director).postJson(url + "/return", Map.of("reason", " ")).status()).isEqualTo(400);
        var returned = ok(api().as(a.director).postJson(url + "/return", Map.of("reason", "Bổ sung nguyên nhân")));
        assertThat(returned.json().get("returnReason").asString()).isEqualTo("Bổ sung nguyên nhân");
        assertThat(api().as(a.chief).get("/api/v1/notifications").body()).contains("Bổ sung nguyên nhân");
        assertThat(api().as(a.director).postJson(url + "/acknowledge", Map.of("comment", "x")).status()).isEqualTo(409);
        assertThat(api().as(a.chief).get(url + "/report.pdf").status()).isEqualTo(409);

        ok(api().as(a.chief).putJson(url, Map.of("shortcomings", "Một số học viên chưa hoàn thành; nguyên nhân: bận công tác")));
        ok(api().as(a.chief).postJson(url + "/submit", Map.of()));
        var ack = ok(api().as(a.director).postJson(url + "/acknowledge", Map.of("comment", "Đồng ý, giao Văn phòng triển khai")));
        JsonNode v = ack.json();
        assertThat(v.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        String number = v.get("number").asString();
        assertThat(number).matches("\\d{2,}/BC-" + a.code);
        assertThat(v.get("frozen").asBoolean()).isTrue();
        assertThat(api().as(a.chief).get("/api/v1/notifications").body()).contains("Đồng ý, giao Văn phòng triển khai");

        // frozen: edits and acts answer 409, the files are the stored ones, byte for byte
        assertThat(api().as(a.chief).putJson(url, narrative("sửa")).status()).isEqualTo(409);
        assertThat(api().as(a.chief).postJson(url + "/submit", Map.of()).status()).isEqualTo(409);
        assertThat(api().as(a.director).postJson(url + "/return", Map.of("reason", "Sai")).status()).isEqualTo(409);
        var pdf = api().as(a.specialist).get(url + "/report.pdf");
        var docx = api().as(a.director).get(url + "/report.docx");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(sha256(pdf.bytes())).isEqualTo(v.get("sha256").get("pdf").asString());
        assertThat(sha256(docx.bytes())).isEqualTo(v.get("sha256").get("docx").asString());
        // more B5 data after acknowledgement changes neither the figures nor the files
        ok(api().as(a.chief).postJson("/api/v1/classes/" + s.classIds.get(1) + "/open", Map.of()));
        assertThat(api().as(a.chief).postJson("/api/v1/classes/" + s.classIds.get(1) + "/enrollments",
                Map.of("staffIds", java.util.List.of(a.peopleB.get(1)))).status()).isEqualTo(201);
        assertThat(api().as(a.chief).get(url + "/report.pdf").bytes()).isEqualTo(pdf.bytes());
        assertThat(api().as(a.chief).get(url).json().get("figures").get("enrolled").asLong()).isEqualTo(3);

        try (PDDocument p = Loader.loadPDF(pdf.bytes())) {
            assertOfficial(new PDFTextStripper().getText(p).replaceAll("\\s+", " "), number, a);
        }
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertOfficial(x.getText().replaceAll("\\s+", " "), number, a);
        }
        var office = External.libreOffice();
        if (office.isPresent()) {
            Path file = Files.createTempDirectory("results-report").resolve("bao-cao.docx");
            Files.write(file, docx.bytes());
            try (PDDocument p = Loader.loadPDF(External.convert(office.get(), file, "pdf").toFile())) {
                assertOfficial(new PDFTextStripper().getText(p).replaceAll("\\s+", " "), number, a);
            }
        }
        var audit = api().as(a.admin).get("/api/v1/audit?size=200");
        assertThat(audit.status()).isEqualTo(200);
        JsonNode lines = audit.json().get("items");
        java.util.List<String> acts = new java.util.ArrayList<>();
        lines.forEach(l -> {
            if (l.get("type").asString().equals("results-report") && l.get("id").asString().equals(String.valueOf(id))) {
                acts.add(l.get("action").asString() + ": " + l.get("detail").asString());
            }
        });
        assertThat(String.join("\n", acts)).contains("CREATE", "EDIT", "SUBMIT", "RETURN", "ACKNOWLEDGE",
                "Bổ sung nguyên nhân", number);
    }

    private static void assertOfficial(String text, String number, DeliveryAgency a) {
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", number, "BÁO CÁO",
                "Kết quả công tác đào tạo, bồi dưỡng", "năm " + YEAR, "I. ĐÁNH GIÁ CHUNG", "II. KẾT QUẢ ĐẠT ĐƯỢC",
                "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "nguyên nhân: bận công tác",
                "Phòng Nghiệp vụ A", "11.000.000", "4.000.000", "15.000.000", "1.500.000", "3 lượt ghi danh", "2 lượt hoàn thành",
                "CHÁNH VĂN PHÒNG", "Chánh Văn phòng " + a.code);
    }

    @Test
    void rolesAndScope() {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "RRS");
        DeliveryAgency other = DeliveryAgency.create(org, accounts, "RRT");
        Map<String, Object> year = Map.of("year", 2067);
        for (String user : new String[] {a.specialist, a.director, a.headA, a.learner, a.admin}) {
            assertThat(api().as(user).postJson("/api/v1/results-reports", year).status()).as(user).isEqualTo(403);
        }
        assertThat(api().as(a.chief).postJson("/api/v1/results-reports", Map.of("year", 1899)).status()).isEqualTo(400);
        assertThat(api().as(a.chief).postJson("/api/v1/results-reports", Map.of()).status()).isEqualTo(400);
        long id = draft(a, 2067);
        var twice = api().as(a.chief).postJson("/api/v1/results-reports", year);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("2067");
        String url = "/api/v1/results-reports/" + id;
        for (String user : new String[] {a.chief, a.specialist, a.director}) {
            assertThat(api().as(user).get(url).status()).as(user).isEqualTo(200);
            assertThat(api().as(user).get("/api/v1/results-reports?year=2067").json().get("totalItems").asLong())
                    .as(user).isEqualTo(1);
        }
        for (String user : new String[] {a.headA, a.learner, a.admin}) {
            assertThat(api().as(user).get(url).status()).as(user).isEqualTo(403);
            assertThat(api().as(user).get("/api/v1/results-reports").status()).as(user).isEqualTo(403);
        }
        assertThat(api().as(other.director).get(url).status()).isEqualTo(404);
        assertThat(api().as(other.chief).putJson(url, narrative("x")).status()).isEqualTo(404);
        assertThat(api().as(other.chief).get("/api/v1/results-reports").json().get("totalItems").asLong()).isZero();
        assertThat(api().as(a.chief).get("/api/v1/results-reports/999999999").status()).isEqualTo(404);
        assertThat(api().as(a.specialist).putJson(url, narrative("x")).status()).isEqualTo(403);
        assertThat(api().as(a.director).putJson(url, narrative("x")).status()).isEqualTo(403);
        var tooLong = api().as(a.chief).putJson(url, Map.of("generalAssessment", "x".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("generalAssessment");
        ok(api().as(a.chief).putJson(url, narrative("y")));
        assertThat(api().as(a.director).postJson(url + "/submit", Map.of()).status()).isEqualTo(403);
        ok(api().as(a.chief).postJson(url + "/submit", Map.of()));
        assertThat(api().as(a.chief).postJson(url + "/acknowledge", Map.of("comment", "x")).status()).isEqualTo(403);
        assertThat(api().as(a.specialist).postJson(url + "/return", Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api().as(other.director).postJson(url + "/acknowledge", Map.of("comment", "x")).status()).isEqualTo(404);
        assertThat(api().as(a.director).postJson(url + "/acknowledge", Map.of()).status()).isEqualTo(400);
        ok(api().as(a.director).postJson(url + "/acknowledge", Map.of("comment", "Đồng ý")));
        assertThat(api().as(a.chief).putJson(url, narrative("z")).status()).isEqualTo(409);
        assertThat(api().as(a.headA).get(url + "/report.docx").status()).isEqualTo(403);
        assertThat(api().as(other.chief).get(url + "/report.docx").status()).isEqualTo(404);
        assertThat(api().as(a.specialist).get(url + "/report.docx").status()).isEqualTo(200);
        // a second report of the year is a conflict even after acknowledgement; another year numbers on
        assertThat(api().as(a.chief).postJson("/api/v1/results-reports", year).status()).isEqualTo(409);
        long next = draft(a, 2068);
        ok(api().as(a.chief).putJson("/api/v1/results-reports/" + next, narrative("w")));
        ok(api().as(a.chief).postJson("/api/v1/results-reports/" + next + "/submit", Map.of()));
        String n1 = api().as(a.chief).get(url).json().get("number").asString();
        String n2 = ok(api().as(a.director).postJson("/api/v1/results-reports/" + next + "/acknowledge",
                Map.of("comment", "Đồng ý"))).json().get("number").asString();
        assertThat(n1).isEqualTo("01/BC-" + a.code);
        assertThat(n2).isEqualTo("02/BC-" + a.code);
    }

    @Test
    void theDashboardsNumbersEqualTheApis() {
        ReportScenario s = ReportScenario.create(baseUrl(), org, accounts, "RRD", YEAR);
        DeliveryAgency a = s.a;
        long id = draft(a, YEAR);
        JsonNode report = ok(api().as(a.director).get("/api/v1/results-reports/" + id)).json().get("figures");
        JsonNode dash = ok(api().as(a.director).get("/api/v1/dashboard?year=" + YEAR)).json();
        JsonNode d = dash.get("director");
        assertThat(dash.get("office").isNull()).isTrue();
        assertThat(dash.get("unit").isNull()).isTrue();
        assertThat(d.get("figures")).isEqualTo(report);
        // the same figures from the classes' own API
        JsonNode classes = ok(api().as(a.director).get("/api/v1/classes?year=" + YEAR + "&size=200")).json();
        assertThat(report.get("classes").asLong()).isEqualTo(classes.get("totalItems").asLong()).isEqualTo(2);
        long enrolled = 0;
        long completed = 0;
        for (JsonNode c : classes.get("items")) {
            enrolled += c.get("enrolled").asLong();
            completed += c.get("completed").asLong();
        }
        assertThat(report.get("enrolled").asLong()).isEqualTo(enrolled).isEqualTo(3);
        assertThat(report.get("completed").asLong()).isEqualTo(completed).isEqualTo(2);
        assertThat(report.get("allocated").asLong()).isEqualTo(15_000_000);
        assertThat(report.get("spent").asLong()).isEqualTo(1_500_000);
        assertThat(d.get("budgetBurnPercent").asInt()).isEqualTo(10);
        assertThat(d.get("completionPercent").asInt()).isEqualTo(67);
        long rowsEnrolled = 0;
        long rowsSpent = 0;
        for (JsonNode u : report.get("units")) {
            rowsEnrolled += u.get("enrolled").asLong();
            rowsSpent += u.get("spent").asLong();
        }
        assertThat(rowsEnrolled).isEqualTo(3);
        assertThat(rowsSpent).isEqualTo(1_500_000);
        JsonNode spending = ok(api().as(a.chief).get("/api/v1/classes/" + s.classIds.get(0) + "/spending")).json();
        assertThat(spending.toString()).contains("1500000");
        // the unit head sees the own unit only
        JsonNode unit = ok(api().as(a.headA).get("/api/v1/dashboard?year=" + YEAR)).json();
        assertThat(unit.get("director").isNull()).isTrue();
        JsonNode u = unit.get("unit");
        assertThat(u.get("unitName").asString()).isEqualTo("Phòng Nghiệp vụ A");
        assertThat(u.get("enrolled").asLong()).isEqualTo(2);
        assertThat(u.get("completed").asLong()).isEqualTo(1);
        assertThat(u.get("people").asLong()).isEqualTo(a.peopleA.size());
        JsonNode rowA = null;
        for (JsonNode r : report.get("units")) {
            if (r.get("unitId").asLong() == a.unitA) {
                rowA = r;
            }
        }
        assertThat(rowA).isNotNull();
        assertThat(u.get("metHours").asLong()).isEqualTo(rowA.get("metHours").asLong());
        assertThat(u.get("hours").asLong()).isEqualTo(rowA.get("hours").asLong()).isPositive();
        assertThat(unit.toString()).doesNotContain("Phòng Nghiệp vụ B");
        JsonNode office = ok(api().as(a.specialist).get("/api/v1/dashboard?year=" + YEAR)).json().get("office");
        assertThat(office.get("report").get("id").asLong()).isEqualTo(id);
        assertThat(api().as(a.learner).get("/api/v1/dashboard").status()).isEqualTo(403);
        assertThat(api().as(a.admin).get("/api/v1/dashboard").status()).isEqualTo(403);
        assertThat(api().as(a.director).get("/api/v1/dashboard?year=1800").status()).isEqualTo(400);
        // the home page shows the same numbers
        var home = api().signedIn(a.director).get("/?year=" + YEAR);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"dashboard-director\"", "10%", "67%", "1.500.000 đ / 15.000.000 đ");
        var headHome = api().signedIn(a.headA).get("/?year=" + YEAR);
        assertThat(headHome.body()).contains("id=\"dashboard-unit\"", "Phòng Nghiệp vụ A").doesNotContain("dashboard-director");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
