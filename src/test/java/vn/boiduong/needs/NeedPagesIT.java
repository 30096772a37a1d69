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
import java.util.HashMap;
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
    void levelOptionsFollowTheCategory() {
        var r = signedIn("tp.cchc").get("/needs/levels?category=LEADERSHIP");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("value=\"DEPARTMENT\"").contains("Cấp phòng").doesNotContain("<html");
        assertThat(signedIn("tp.cchc").get("/needs/levels?category=DIGITAL").body()).doesNotContain("DEPARTMENT");
    }
}
