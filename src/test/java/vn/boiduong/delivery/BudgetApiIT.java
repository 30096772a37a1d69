package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;
import vn.boiduong.support.Mailbox;

/**
 * B5's budget over HTTP, per role and scope: the allocation of an approved plan, the announcement and
 * what it tells, the adjustments after it, spending within the allocation, the institutions and the
 * cử đi học decision; the documents opened by POI, PDFBox and LibreOffice.
 */
class BudgetApiIT extends HttpTest {

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;

    private DeliveryAgency a;
    private DeliveryAgency other;
    private Api api;

    @BeforeEach
    void agency() {
        a = DeliveryAgency.create(org, accounts, "BUD");
        other = DeliveryAgency.create(org, accounts, "BUO");
        api = new Api(baseUrl());
    }

    private long planOf(long classId) {
        return api.as(a.chief).get("/api/v1/classes/" + classId).json().get("info").get("planId").asLong();
    }

    private static Map<String, Object> line(long classId, Long unitId, long amount) {
        Map<String, Object> m = new HashMap<>();
        m.put("classId", classId);
        m.put("unitId", unitId);
        m.put("amount", amount);
        return m;
    }

    private static Map<String, Object> external(String title, int year) {
        Map<String, Object> m = DeliveryAgency.hostedItem(title, year, 5, 3, 6_000_000);
        m.put("kind", "EXTERNAL");
        m.put("institution", "Học viện Hành chính Quốc gia");
        return m;
    }

    @Test
    void theOfficeAllocatesTheDirectorReadsAndUnitHeadsAndOtherAgenciesDoNot() {
        List<Long> ids = a.approvedPlan(api, 2026, List.of(DeliveryAgency.hostedItem("Kỹ năng số", 2026, 4, 20, 10_000_000),
                DeliveryAgency.hostedItem("Soạn thảo văn bản", 2026, 6, 15, 5_000_000)));
        long plan = planOf(ids.get(0));
        String url = "/api/v1/plans/" + plan + "/allocation";

        var proposal = api.as(a.chief).get(url);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        assertThat(proposal.json().get("saved").asBoolean()).isFalse();
        assertThat(proposal.json().get("planTotal").asLong()).isEqualTo(15_000_000);
        // no need is served: planning's split puts each class's budget under "Chưa gắn nhu cầu"
        assertThat(proposal.json().get("classes").get(0).get("units").get(0).get("unitName").asString())
                .isEqualTo("Chưa gắn nhu cầu");
        assertThat(proposal.json().get("allowed").get("edit").asBoolean()).isTrue();

        assertThat(api.as(a.director).get(url).status()).isEqualTo(200);
        assertThat(api.as(a.director).get(url).json().get("allowed").get("edit").asBoolean()).isFalse();
        assertThat(api.as(a.headA).get(url).status()).isEqualTo(403);
        assertThat(api.as(a.learner).get(url).status()).isEqualTo(403);
        assertThat(api.as(other.chief).get(url).status()).isEqualTo(404);

        Map<String, Object> over = Map.of("lines", List.of(line(ids.get(0), a.unitA, 6_000_000),
                line(ids.get(0), a.unitB, 4_000_001), line(ids.get(1), null, 5_000_000)));
        var refused = api.as(a.specialist).putJson(url, over);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("lines[0].amount", "vượt kinh phí được duyệt");
        assertThat(api.as(a.chief).get(url).json().get("saved").asBoolean()).as("nothing half-saved").isFalse();

        var otherUnit = api.as(a.specialist).putJson(url, Map.of("lines", List.of(line(ids.get(0), other.unitA, 1))));
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(otherUnit.body()).contains("lines[0].unitId");
        assertThat(api.as(a.specialist).putJson(url, "{\"lines\":[{\"classId\":" + ids.get(0)
                + ",\"amount\":\"nhiều\"}]}").status()).isEqualTo(400);

        Map<String, Object> ok = Map.of("lines", List.of(line(ids.get(0), a.unitA, 6_000_000),
                line(ids.get(0), a.unitB, 4_000_000), line(ids.get(1), null, 5_000_000)));
        assertThat(api.as(a.director).putJson(url, ok).status()).isEqualTo(403);
        assertThat(api.as(a.headA).putJson(url, ok).status()).isEqualTo(403);
        assertThat(api.as(other.chief).putJson(url, ok).status()).isEqualTo(404);
        var saved = api.as(a.specialist).putJson(url, ok);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("saved").asBoolean()).isTrue();
        assertThat(saved.json().get("allocatedTotal").asLong()).isEqualTo(15_000_000);
        JsonNode units = saved.json().get("units");
        Map<String, Long> byUnit = new LinkedHashMap<>();
        units.forEach(u -> byUnit.put(u.get("unitName").asString(), u.get("allocated").asLong()));
        assertThat(byUnit).containsEntry("Phòng Nghiệp vụ A", 6_000_000L).containsEntry("Phòng Nghiệp vụ B", 4_000_000L)
                .containsEntry("Chưa gắn nhu cầu", 5_000_000L);
    }

    @Test
    void theChiefAnnouncesOnceWithANumberUniqueInTheYearAndTheUnitsAndInstitutionsAreTold() throws Exception {
        jdbc.update("update app_user set email = ? where username = ?", a.headA + "@bud.test", a.headA);
        jdbc.update("update app_user set email = ? where username = ?", a.headB + "@bud.test", a.headB);
        List<Long> ids = a.approvedPlan(api, 2026, List.of(DeliveryAgency.hostedItem("Kỹ năng số", 2026, 4, 20, 10_000_000),
                external("Bồi dưỡng ngạch chuyên viên chính", 2026)));
        long plan = planOf(ids.get(0));
        String inbox = "daotao." + a.code.toLowerCase() + "@hocvien.test";
        var inst = api.as(a.specialist).postJson("/api/v1/institutions", Map.of("name", "Học viện Hành chính " + a.code,
                "address", "77 Nguyễn Chí Thanh, Hà Nội", "contact", "Phòng Đào tạo", "email", inbox));
        assertThat(inst.status()).as(inst.body()).isEqualTo(201);
        assertThat(api.as(a.specialist).postJson("/api/v1/institutions", Map.of("name", "Học viện Hành chính " + a.code))
                .status()).as("same name twice").isEqualTo(400);
        assertThat(api.as(a.specialist).postJson("/api/v1/institutions", Map.of("name", "X", "email", "không-phải-thư"))
                .body()).contains("email");
        assertThat(api.as(a.headA).postJson("/api/v1/institutions", Map.of("name", "Y")).status()).isEqualTo(403);
        assertThat(api.as(a.specialist).putJson("/api/v1/classes/" + ids.get(1) + "/institution",
                Map.of("institutionId", inst.json().get("id").asLong())).status()).isEqualTo(200);
        assertThat(api.as(other.chief).get("/api/v1/institutions").body()).doesNotContain(a.code);

        api.as(a.chief).putJson("/api/v1/plans/" + plan + "/allocation", Map.of("lines", List.of(
                line(ids.get(0), a.unitA, 10_000_000), line(ids.get(1), a.unitB, 6_000_000))));
        String url = "/api/v1/plans/" + plan + "/announcement";
        assertThat(api.as(a.specialist).postJson(url, Map.of("number", "7", "date", "2026-02-02")).status()).isEqualTo(403);
        assertThat(api.as(a.director).postJson(url, Map.of("number", "7", "date", "2026-02-02")).status()).isEqualTo(403);
        var bad = api.as(a.chief).postJson(url, Map.of("number", "bảy", "date", "2026-01-02"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("number", "date");
        var issued = api.as(a.chief).postJson(url, Map.of("number", "7", "date", "2026-02-02"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String number = "07/TB-" + a.code;
        assertThat(issued.json().get("announcement").get("number").asString()).isEqualTo(number);
        var again = api.as(a.chief).postJson(url, Map.of("number", "8", "date", "2026-02-03"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("đã được ban hành");

        // the heads of both units with a share are told, in the application and by mail; the institution is mailed
        assertThat(notices(a.headA, "/plans/" + plan)).anyMatch(t -> t.contains(number));
        assertThat(notices(a.headB, "/plans/" + plan)).anyMatch(t -> t.contains(number));
        assertThat(recipients("Đã ban hành Thông báo số " + number)).contains(a.headA + "@bud.test", a.headB + "@bud.test");
        MimeMessage toInstitution = Mailbox.withSubject("Thông báo số " + number).stream()
                .filter(m -> Mailbox.recipients(m).contains(inbox)).findFirst().orElseThrow();
        assertThat(toInstitution.getContent().toString()).contains("Bồi dưỡng ngạch chuyên viên chính");

        // after it: the specialist no longer changes the allocation; the chief does, with a reason, within the plan
        String alloc = "/api/v1/plans/" + plan + "/allocation";
        Map<String, Object> moved = new HashMap<>(Map.of("lines", List.of(line(ids.get(0), a.unitA, 11_000_000),
                line(ids.get(1), a.unitB, 5_000_000))));
        assertThat(api.as(a.specialist).putJson(alloc, moved).status()).isEqualTo(403);
        var noReason = api.as(a.chief).putJson(alloc, moved);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        var overPlan = api.as(a.chief).putJson(alloc, Map.of("reason", "Tăng", "lines", List.of(
                line(ids.get(0), a.unitA, 11_000_000), line(ids.get(1), a.unitB, 5_000_001))));
        assertThat(overPlan.status()).isEqualTo(409);
        assertThat(overPlan.body()).contains("vượt tổng kinh phí kế hoạch");
        moved.put("reason", "Lớp Kỹ năng số tăng thêm một buổi thực hành");
        var adjusted = api.as(a.chief).putJson(alloc, moved);
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
        List<String> adjustments = new ArrayList<>();
        adjusted.json().get("adjustments").forEach(j -> adjustments.add(j.get("unitName").asString() + ": "
                + j.get("amountBefore").asLong() + " → " + j.get("amountAfter").asLong() + " — " + j.get("reason").asString()));
        assertThat(adjustments).containsExactlyInAnyOrder(
                "Phòng Nghiệp vụ A: 10000000 → 11000000 — Lớp Kỹ năng số tăng thêm một buổi thực hành",
                "Phòng Nghiệp vụ B: 6000000 → 5000000 — Lớp Kỹ năng số tăng thêm một buổi thực hành");

        // numbers run per calendar year of the announcement's date: two plans' announcements dated in 2028
        // may not share 07; in 2029 07 is free again
        List<Long> next = a.approvedPlan(api, 2027, List.of(DeliveryAgency.hostedItem("Tiếng Anh", 2027, 4, 10, 1_000_000)));
        List<Long> third = a.approvedPlan(api, 2028, List.of(DeliveryAgency.hostedItem("Lý luận", 2028, 4, 10, 1_000_000)));
        assertThat(api.as(a.chief).postJson("/api/v1/plans/" + planOf(next.get(0)) + "/announcement",
                Map.of("number", "7", "date", "2028-02-01")).status()).isEqualTo(201);
        var dup = api.as(a.chief).postJson("/api/v1/plans/" + planOf(third.get(0)) + "/announcement",
                Map.of("number", "07/TB-" + a.code, "date", "2028-02-02"));
        assertThat(dup.status()).as(dup.body()).isEqualTo(409);
        assertThat(dup.body()).contains("07/TB-" + a.code, "đã được dùng");
        var nextYear = api.as(a.chief).postJson("/api/v1/plans/" + planOf(third.get(0)) + "/announcement",
                Map.of("number", "7", "date", "2029-01-05"));
        assertThat(nextYear.status()).as(nextYear.body()).isEqualTo(201);
    }

    @Test
    void theAnnouncementIsAnOfficialDocumentInWordAndPdfThatLibreOfficeOpens() throws Exception {
        List<Long> ids = a.approvedPlan(api, 2026, List.of(DeliveryAgency.hostedItem("Kỹ năng số", 2026, 4, 20, 10_000_000)));
        long plan = planOf(ids.get(0));
        assertThat(api.as(a.chief).get("/api/v1/plans/" + plan + "/announcement.docx").status()).isEqualTo(404);
        api.as(a.chief).putJson("/api/v1/plans/" + plan + "/allocation",
                Map.of("lines", List.of(line(ids.get(0), a.unitA, 7_500_000), line(ids.get(0), a.unitB, 1_250_000))));
        assertThat(api.as(a.chief).postJson("/api/v1/plans/" + plan + "/announcement",
                Map.of("number", "3", "date", "2026-02-10")).status()).isEqualTo(201);
        var docx = api.as(a.headA).get("/api/v1/plans/" + plan + "/announcement.docx");
        assertThat(docx.status()).isEqualTo(200);
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            text = x.getText().replaceAll("\\s+", " ");
        }
        assertOfficial(text);
        assertThat(api.as(other.chief).get("/api/v1/plans/" + plan + "/announcement.docx").status()).isEqualTo(404);
        var pdf = api.as(a.director).get("/api/v1/plans/" + plan + "/announcement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument p = Loader.loadPDF(pdf.bytes())) {
            assertOfficial(new PDFTextStripper().getText(p).replaceAll("\\s+", " "));
        }
        var office = External.libreOffice();
        if (office.isPresent()) {
            Path file = Files.createTempDirectory("announcement").resolve("thong-bao.docx");
            Files.write(file, docx.bytes());
            try (PDDocument p = Loader.loadPDF(External.convert(office.get(), file, "pdf").toFile())) {
                assertOfficial(new PDFTextStripper().getText(p).replaceAll("\\s+", " "));
            }
        }
    }

    private void assertOfficial(String text) {
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "03/TB-" + a.code, "THÔNG BÁO",
                "Kỹ năng số", "02/04/2026", "Phòng Nghiệp vụ A", "7.500.000", "1.250.000", "8.750.000",
                "CHÁNH VĂN PHÒNG", "Chánh Văn phòng " + a.code);
    }

    @Test
    void spendingStaysWithinTheAllocationAndShowsWhatIsLeft() {
        List<Long> ids = a.approvedPlan(api, 2026, List.of(DeliveryAgency.hostedItem("Kỹ năng số", 2026, 4, 20, 10_000_000)));
        long c = ids.get(0);
        long plan = planOf(c);
        String url = "/api/v1/classes/" + c + "/spending";
        String today = LocalDate.now().toString();
        Map<String, Object> entry = new HashMap<>(Map.of("line", "MATERIALS", "amount", 1_000_000, "date", today,
                "voucher", "PC-01", "note", "In tài liệu"));
        var none = api.as(a.specialist).postJson(url, entry);
        assertThat(none.status()).as("nothing allocated yet").isEqualTo(409);
        api.as(a.chief).putJson("/api/v1/plans/" + plan + "/allocation",
                Map.of("lines", List.of(line(c, a.unitA, 3_000_000), line(c, a.unitB, 2_000_000))));

        var bad = api.as(a.specialist).postJson(url, Map.of("line", "KHÔNG_CÓ", "amount", -5, "date", "2099-01-01",
                "voucher", "", "unitId", other.unitA));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"line\"", "\"amount\"", "\"date\"", "\"voucher\"", "\"unitId\"");
        assertThat(api.as(a.director).postJson(url, entry).status()).isEqualTo(403);
        assertThat(api.as(a.headA).postJson(url, entry).status()).isEqualTo(403);
        assertThat(api.as(other.chief).postJson(url, entry).status()).isEqualTo(404);

        assertThat(api.as(a.specialist).postJson(url, entry).status()).isEqualTo(201);
        entry.put("unitId", a.unitA);
        entry.put("amount", 2_500_000);
        entry.put("line", "LECTURER_FEES");
        assertThat(api.as(a.specialist).postJson(url, entry).status()).isEqualTo(201);
        entry.put("amount", 600_000);
        var overUnit = api.as(a.specialist).postJson(url, entry);
        assertThat(overUnit.status()).isEqualTo(409);
        assertThat(overUnit.body()).contains("Phòng Nghiệp vụ A", "500.000 đ");
        entry.remove("unitId");
        entry.put("amount", 1_500_001);
        var overClass = api.as(a.specialist).postJson(url, entry);
        assertThat(overClass.status()).isEqualTo(409);
        assertThat(overClass.body()).contains("1.500.000 đ", "Chánh Văn phòng cần điều chỉnh phân bổ");

        var budget = api.as(a.director).get(url);
        assertThat(budget.status()).isEqualTo(200);
        assertThat(budget.json().get("allocated").asLong()).isEqualTo(5_000_000);
        assertThat(budget.json().get("spent").asLong()).isEqualTo(3_500_000);
        assertThat(budget.json().get("remaining").asLong()).isEqualTo(1_500_000);
        assertThat(budget.json().get("entries").size()).isEqualTo(2);
        assertThat(api.as(a.headA).get(url).status()).isEqualTo(403);
        var plan2 = api.as(a.chief).get("/api/v1/plans/" + plan + "/allocation").json();
        assertThat(plan2.get("spentTotal").asLong()).isEqualTo(3_500_000);

        // the allocation may not drop below what was spent
        var below = api.as(a.chief).putJson("/api/v1/plans/" + plan + "/allocation",
                Map.of("lines", List.of(line(c, a.unitA, 2_000_000), line(c, a.unitB, 2_000_000))));
        assertThat(below.status()).isEqualTo(409);
    }

    @Test
    void theSendDecisionIsTheChiefsForExternalCoursesAndListsThePeopleSent() throws Exception {
        List<Long> ids = a.approvedPlan(api, 2026, List.of(external("Bồi dưỡng ngạch chuyên viên chính", 2026),
                DeliveryAgency.hostedItem("Kỹ năng số", 2026, 4, 20, 10_000_000)));
        long ext = ids.get(0);
        assertThat(api.as(a.chief).postJson("/api/v1/classes/" + ext + "/open", Map.of()).status()).isEqualTo(200);
        var enrolled = api.as(a.chief).postJson("/api/v1/classes/" + ext + "/enrollments",
                Map.of("staffIds", List.of(a.peopleA.get(1), a.peopleB.get(2))));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        String url = "/api/v1/classes/" + ext + "/decision";
        assertThat(api.as(a.specialist).postJson(url, Map.of("number", "12", "date", "2026-04-20")).status()).isEqualTo(403);
        assertThat(api.as(a.chief).postJson("/api/v1/classes/" + ids.get(1) + "/decision",
                Map.of("number", "12", "date", "2026-04-20")).status()).isEqualTo(409);
        assertThat(api.as(a.chief).postJson(url, Map.of("number", "", "date", "2026-04-20")).status()).isEqualTo(400);
        var ok = api.as(a.chief).postJson(url, Map.of("number", "12", "date", "2026-04-20"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("number").asString()).isEqualTo("12/QĐ-" + a.code);

        var docx = api.as(a.director).get(url + ".docx");
        assertThat(docx.status()).isEqualTo(200);
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            text = x.getText().replaceAll("\\s+", " ");
        }
        assertThat(text).contains("12/QĐ-" + a.code, "QUYẾT ĐỊNH", "cử cán bộ, công chức, viên chức đi đào tạo",
                "Trần Văn Bình", "Đỗ Thị Hoa", "Học viện Hành chính Quốc gia", "Điều 1");
        assertThat(api.as(other.chief).get(url + ".pdf").status()).isEqualTo(404);
        var pdf = api.as(a.chief).get(url + ".pdf");
        try (PDDocument p = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(p).replaceAll("\\s+", " ")).contains("Trần Văn Bình", "12/QĐ-" + a.code);
        }
        var office = External.libreOffice();
        if (office.isPresent()) {
            Path file = Files.createTempDirectory("send-decision").resolve("quyet-dinh.docx");
            Files.write(file, docx.bytes());
            try (PDDocument p = Loader.loadPDF(External.convert(office.get(), file, "pdf").toFile())) {
                assertThat(new PDFTextStripper().getText(p).replaceAll("\\s+", " ")).contains("Trần Văn Bình",
                        "12/QĐ-" + a.code, "QUYẾT ĐỊNH");
            }
        }
        assertThat(api.as(a.chief).get("/api/v1/classes/" + ids.get(1) + "/decision.docx").status()).isEqualTo(404);
    }

    @Test
    void classEventsTellTheUnitHeadsTheOfficeAndTheLearners() {
        jdbc.update("update app_user set email = ? where username = ?", a.learner + "@bud.test", a.learner);
        List<Long> ids = a.approvedPlan(api, 2026, List.of(DeliveryAgency.hostedItem("Kỹ năng số", 2026, 4, 20, 10_000_000)));
        long c = ids.get(0);
        String link = "/classes/" + c;
        assertThat(api.as(a.chief).postJson(link.replace("/classes", "/api/v1/classes") + "/open", Map.of()).status())
                .isEqualTo(200);
        assertThat(notices(a.headA, link)).anyMatch(t -> t.contains("đã mở ghi danh"));
        assertThat(notices(a.headB, link)).anyMatch(t -> t.contains("đã mở ghi danh"));
        assertThat(notices(other.headA, link)).isEmpty();

        var nominated = api.as(a.headA).postJson("/api/v1/classes/" + c + "/nominations",
                Map.of("staffIds", List.of(a.peopleA.get(0), a.peopleA.get(1))));
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
        assertThat(notices(a.specialist, link)).anyMatch(t -> t.contains("Có 2 người được đề cử"));
        assertThat(notices(a.chief, link)).anyMatch(t -> t.contains("Có 2 người được đề cử"));

        var refused = api.as(a.chief).postJson("/api/v1/classes/" + c + "/nominations/" + a.peopleA.get(1) + "/refuse",
                Map.of("reason", "Đã học lớp tương tự"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(notices(a.headA, link)).anyMatch(t -> t.contains("Trần Văn Bình") && t.contains("Đã học lớp tương tự"));
        assertThat(notices(a.headB, link)).noneMatch(t -> t.contains("không được chấp nhận"));

        api.as(a.chief).postJson("/api/v1/classes/" + c + "/enrollments", Map.of("staffIds", List.of(a.peopleA.get(0))));
        var cancelled = api.as(a.chief).postJson("/api/v1/classes/" + c + "/cancel", Map.of("reason", "Giảng viên bận"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(notices(a.learner, link)).anyMatch(t -> t.contains("đã bị hủy: Giảng viên bận"));
        assertThat(notices(a.headA, link)).anyMatch(t -> t.contains("đã bị hủy"));
        assertThat(notices(a.headB, link)).noneMatch(t -> t.contains("đã bị hủy"));
        assertThat(recipients("Lớp «Kỹ năng số» đã bị hủy")).contains(a.learner + "@bud.test");
    }

    private List<String> notices(String user, String link) {
        var r = api.as(user).get("/api/v1/notifications?size=200");
        assertThat(r.status()).as(user).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(n -> {
            if (link.equals(n.get("link").asString())) {
                out.add(n.get("text").asString());
            }
        });
        return out;
    }

    private Set<String> recipients(String subject) {
        awaitMailSent();
        List<MimeMessage> found = Mailbox.withSubject(subject);
        assertThat(found).as(subject).isNotEmpty();
        Set<String> to = new TreeSet<>();
        found.forEach(m -> to.addAll(Mailbox.recipients(m)));
        return to;
    }
}
