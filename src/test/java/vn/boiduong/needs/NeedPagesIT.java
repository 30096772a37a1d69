package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.fixtures.NeedFixtures.draft;
import static vn.boiduong.fixtures.NeedFixtures.expect;
import static vn.boiduong.fixtures.NeedFixtures.need;
import static vn.boiduong.fixtures.NeedFixtures.uniqueTitle;
import static vn.boiduong.fixtures.NeedFixtures.unitId;
import static vn.boiduong.fixtures.NeedFixtures.with;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The needs pages over HTTP as a signed-in person sees them. */
class NeedPagesIT extends HttpTest {

    @Autowired
    NeedsSetup setup;
    @Autowired
    UserDirectory directory;

    private Api signedIn(String user) {
        return new Api(baseUrl()).signedIn(user);
    }

    @Test
    void needsPageRendersForEveryWorkflowRoleAndNotForTheAdministrator() {
        for (String user : new String[] {"tp.cchc", "chuyenvien", "chanhvp", "giamdoc", "nhanvien"}) {
            var r = signedIn(user).get("/needs");
            assertThat(r.status()).as(user).isEqualTo(200);
            assertThat(r.body()).contains("Nhu cầu đào tạo, bồi dưỡng").contains("id=\"needs-table\"");
        }
        assertThat(signedIn("admin").get("/needs").status()).isEqualTo(403);
        assertThat(signedIn("chuyenvien").get("/needs").body()).contains("id=\"collection-card\"");
        assertThat(signedIn("tp.cchc").get("/needs").body()).doesNotContain("id=\"collection-card\"");
        assertThat(signedIn("giamdoc").get("/needs/new").status()).isEqualTo(403);
    }

    @Test
    void consolidationAndCollectionPagesAreForTheOfficeAndTheDirector() {
        assertThat(signedIn("tp.cchc").get("/needs/consolidation").status()).isEqualTo(403);
        assertThat(signedIn("nhanvien").get("/needs/collection").status()).isEqualTo(403);
        int last = LocalDate.now().getYear() - 1;
        var page = signedIn("giamdoc").get("/needs/consolidation?year=" + last);
        assertThat(page.status()).isEqualTo(200);
        // the demo's merged line of last year, with its two originals under it
        assertThat(page.body()).contains("Bồi dưỡng kỹ năng số cho công chức").contains("Gộp từ 2 nhu cầu")
                .contains("Bồi dưỡng kỹ năng chuyển đổi số").contains("/api/v1/needs/summary.xlsx?year=" + last);
        assertThat(page.body()).doesNotContain("id=\"merge-button\"");
        assertThat(signedIn("chuyenvien").get("/needs/consolidation?year=" + last).body())
                .contains("id=\"merge-button\"");
        var collection = signedIn("chanhvp").get("/needs/collection?year=" + last);
        assertThat(collection.status()).isEqualTo(200);
        assertThat(collection.body()).contains("Quá hạn, chưa gửi").contains("data-state=\"LATE\"")
                .contains("Đã gửi đúng hạn");
    }

    @Test
    void formAcceptsMoneyWithDotsAndShowsErrorsBesideFields() {
        Api page = signedIn("tp.cchc");
        page.refreshCsrf("/needs/new");
        String title = uniqueTitle("Kỹ năng soạn thảo văn bản");
        Map<String, String> form = new HashMap<>(Map.of("year", String.valueOf(LocalDate.now().getYear() + 2),
                "unitId", String.valueOf(unitId(api(), "CCHC")), "title", title, "category", "JOB_POSITION",
                "headcount", "2", "estimatedCost", "1.250.000", "plannedQuarter", "", "level", ""));
        var saved = page.postForm("/needs/new", form);
        assertThat(saved.status()).isEqualTo(302);
        String location = saved.header("Location");
        Matcher m = Pattern.compile("/needs/(\\d+)$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        long id = Long.parseLong(m.group(1));
        assertThat(api().as("tp.cchc").get("/api/v1/needs/" + id).json().get("estimatedCost").asLong())
                .isEqualTo(1_250_000L);
        var view = page.get("/needs/" + id);
        assertThat(view.body()).contains("1.250.000 đ").contains("value=\"1.250.000\"").contains(title);

        form.put("title", "");
        form.put("estimatedCost", "một triệu");
        form.put("headcount", "abc");
        var invalid = page.postForm("/needs/new", form);
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(fieldError(invalid.body(), "title-err")).isEqualTo("Nội dung đào tạo, bồi dưỡng là bắt buộc.");
        assertThat(fieldError(invalid.body(), "estimatedCost-err")).contains("1.250.000");
        assertThat(fieldError(invalid.body(), "headcount-err")).isEqualTo("Giá trị phải là số nguyên.");
        assertThat(invalid.body()).contains("value=\"một triệu\"");
    }

    private static String fieldError(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).trim() : null;
    }

    @Test
    void unitHeadSeesReminderWhileNothingSentAndOverdueAfterTheDueDate() {
        int open = LocalDate.now().getYear() + 40;
        expect(api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", open, "dueDate",
                LocalDate.now().plusDays(5).toString())), 201);
        String reminder = "Văn phòng đang thu thập nhu cầu đào tạo, bồi dưỡng năm " + open;
        assertThat(signedIn("tp.cchc").get("/needs").body()).contains(reminder);

        int overdue = LocalDate.now().getYear() + 41;
        setup.openCollection(directory.actorOf("chanhvp").orElseThrow(), overdue, LocalDate.now().minusDays(1),
                LocalDateTime.now().minusDays(20));
        String tccbPage = signedIn("tp.tccb").get("/needs").body();
        assertThat(tccbPage).contains("Đã quá hạn gửi nhu cầu năm " + overdue).contains("Quá hạn");
        assertThat(signedIn("chanhvp").get("/needs/collection?year=" + overdue).body()).contains("data-state=\"LATE\"")
                .contains("id=\"late-count\"");

        long id = draft(api(), "tp.cchc", with(need(unitId(api(), "CCHC"), uniqueTitle("Gửi")), "year", open));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        assertThat(signedIn("tp.cchc").get("/needs").body()).doesNotContain(reminder);
        assertThat(signedIn("chuyenvien").get("/needs").body()).doesNotContain(reminder);
    }

    @Test
    void notificationBadgeCountsUnreadNoticesAndTheNoticesPageMarksThemRead() {
        long id = draft(api(), "tp.tccb", need(unitId(api(), "TCBC"), uniqueTitle("Chuông")));
        expect(api().as("tp.tccb").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        expect(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/return", Map.of("reason", "Thiếu căn cứ")),
                200);
        Api head = signedIn("tp.tccb");
        String home = head.get("/needs").body();
        assertThat(home).contains("id=\"unread-count\"");
        var notices = head.get("/notifications");
        assertThat(notices.status()).isEqualTo(200);
        assertThat(notices.body()).contains("bị trả lại: Thiếu căn cứ");
        long noticeId = api().as("tp.tccb").get("/api/v1/notifications?size=1").json().get("items").get(0).get("id")
                .asLong();
        var open = head.postForm("/notifications/" + noticeId + "/open", Map.of());
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.header("Location")).endsWith("/needs/" + id);
        assertThat(head.postForm("/notifications/read-all", Map.of()).status()).isEqualTo(302);
        assertThat(head.get("/needs").body()).doesNotContain("id=\"unread-count\"");
        assertThat(api().as("tp.tccb").get("/api/v1/notifications/unread-count").json().get("unread").asLong())
                .isZero();
        var view = head.get("/needs/" + id);
        assertThat(view.body()).contains("id=\"return-reason\"").contains("Thiếu căn cứ")
                .contains("Gửi lại Văn phòng");
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        long id = draft(api(), "tp.cchc", need(unitId(api(), "CCHC"), uniqueTitle("<script>alert(1)</script>")));
        Api office = signedIn("chuyenvien");
        for (String path : new String[] {"/needs", "/needs/new", "/needs/" + id, "/needs/consolidation",
                "/needs/collection", "/notifications"}) {
            String html = office.get(path).body();
            assertThat(html).as(path).doesNotContain("style=\"").doesNotContainPattern("<script(?![^>]*src=)")
                    .doesNotContain("<script>alert(1)");
        }
        assertThat(office.get("/needs/" + id).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void homePageShowsWhereB1AndB2StandThisYear() {
        var home = signedIn("chanhvp").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("đơn vị đã gửi nhu cầu").contains("nhu cầu đã tiếp nhận");
    }

    @Test
    void officeHomePageNamesTheUnitsThatSentNothingByTheDueDate() {
        int year = 2064; // no other test uses it
        LocalDate due = LocalDate.now().minusDays(1);
        setup.openCollection(directory.actorOf("chanhvp").orElseThrow(), year, due, LocalDateTime.now().minusDays(20));
        // the unit of Cải cách hành chính sends after the due date: late, but not "sent nothing"
        long id = draft(api(), "tp.cchc", with(need(unitId(api(), "CCHC"), uniqueTitle("Gửi muộn")), "year", year));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        List<String> late = new ArrayList<>();
        api().as("chanhvp").get("/api/v1/needs/collections?year=" + year).json().get("units").forEach(u -> {
            if (u.get("state").asString().equals("LATE")) {
                late.add(u.get("unitName").asString());
            }
        });
        assertThat(late).contains("Phòng Tổ chức, biên chế và Tổ chức phi chính phủ")
                .doesNotContain("Phòng Cải cách hành chính");

        for (String office : new String[] {"chanhvp", "chuyenvien"}) {
            String home = signedIn(office).get("/?year=" + year).body();
            assertThat(home).as(office).contains("id=\"late-units-B1\"")
                    .contains("Đơn vị chưa gửi nhu cầu năm " + year + " (hạn gửi "
                            + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " đã qua)")
                    .contains(late.size() + " đơn vị quá hạn")
                    .contains("href=\"/needs/collection?year=" + year + "\"");
            assertThat(lateUnitsOn(home)).as(office).containsExactlyElementsOf(late);
        }
        // the unit heads and the Director are not shown the Office's list
        for (String other : new String[] {"tp.tccb", "giamdoc", "nhanvien"}) {
            assertThat(signedIn(other).get("/?year=" + year).body()).as(other).doesNotContain("late-units-B1");
        }
        // before its due date a collection has nobody late
        int open = year + 1;
        LocalDate ahead = LocalDate.now().plusDays(5);
        expect(api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", open, "dueDate",
                ahead.toString())), 201);
        assertThat(signedIn("chanhvp").get("/?year=" + open).body()).doesNotContain("late-units-B1")
                .contains("đơn vị đã gửi nhu cầu, hạn gửi " + ahead.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** The names listed as late on the home page, in order. */
    private static List<String> lateUnitsOn(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"late-unit\">([^<]*)</li>").matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void homePageLinksTheNextStepsOfB1AndB2ToTheirPages() {
        long cchc = unitId(api(), "CCHC");
        assertThat(signedIn("tp.cchc").get("/").body())
                .contains("href=\"/units/" + cchc + "/gaps\">Xem khoảng cách năng lực của cán bộ trong phòng (B1)")
                .contains("href=\"/needs\">Xác định nhu cầu đào tạo, bồi dưỡng của phòng (B1)");
        assertThat(signedIn("chuyenvien").get("/").body())
                .contains("href=\"/needs/collection\">Theo dõi tiến độ gửi nhu cầu của các đơn vị (B1)")
                .contains("href=\"/needs/consolidation\">Tổng hợp nhu cầu (B2)");
        assertThat(signedIn("chanhvp").get("/").body())
                .contains("href=\"/competencies/analysis\">Phân tích tổ chức: cán bộ chưa đạt tiêu chuẩn (B1)");
        // only the training history (B5, not built yet) is still marked "coming soon"
        for (String user : new String[] {"tp.cchc", "chuyenvien", "chanhvp", "giamdoc", "nhanvien"}) {
            String home = signedIn(user).get("/").body().replaceAll("Xem lịch sử đào tạo của bạn</span>\\s*"
                    + "<span class=\"text-muted small\">\\(<span>chức năng sắp có</span>\\)", "");
            assertThat(home).as(user).contains("Việc bạn cần làm tiếp theo").doesNotContain("sắp có");
        }
        // the pages linked from the home page open for those they are offered to
        assertThat(signedIn("tp.cchc").get("/units/" + cchc + "/gaps").status()).isEqualTo(200);
        assertThat(signedIn("chuyenvien").get("/needs/collection").status()).isEqualTo(200);
        assertThat(signedIn("chuyenvien").get("/needs/consolidation").status()).isEqualTo(200);
        assertThat(signedIn("chanhvp").get("/competencies/analysis").status()).isEqualTo(200);
    }

    @Test
    void levelOptionsFollowTheCategory() {
        var r = signedIn("tp.cchc").get("/needs/levels?category=LEADERSHIP");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("value=\"DEPARTMENT\"").contains("Cấp phòng").doesNotContain("<html");
        assertThat(signedIn("tp.cchc").get("/needs/levels?category=DIGITAL").body()).doesNotContain("DEPARTMENT");
    }
}
