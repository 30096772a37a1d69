package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.notification.internal.DueDateReminderJob;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;
import vn.boiduong.support.Mailbox;

/**
 * Reminders of the plan's internal due dates (issue 4 item 1): registerBy to the Office chief while
 * the plan is not submitted, approveBy to the Director while it waits for a decision, by notice and
 * e-mail, once each; a missed date marked on the plan and on the home page; one node at a time.
 */
class PlanRemindersIT extends HttpTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    DueDateReminderJob job;

    @Autowired
    LockProvider locks;

    @Test
    void theChiefIsRemindedOfRegisterByWhileThePlanIsADraft() throws Exception {
        Api chief = api().as("chanhvp");
        long id = Plans.open(chief, 2076).get("id").asLong();   // registration 20/01/2076: registerBy 17/01

        assertThat(job.remindFor(LocalDate.of(2076, 1, 14))).isEqualTo(1);
        List<JsonNode> notices = notices("chanhvp", "năm 2076");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("text").asString())
                .isEqualTo("Sắp đến hạn trình Kế hoạch đào tạo, bồi dưỡng năm 2076: hạn 17/01/2076 (còn 3 ngày).");
        assertThat(notices.get(0).get("link").asString()).isEqualTo("/plans/" + id);
        assertThat(notices("giamdoc", "năm 2076")).isEmpty();

        awaitMailSent();
        List<MimeMessage> sent = Mailbox.withSubject("Kế hoạch đào tạo, bồi dưỡng năm 2076");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getSubject())
                .isEqualTo("Nhắc hạn trình Kế hoạch đào tạo, bồi dưỡng năm 2076: hạn 17/01/2076 (còn 3 ngày)");
        assertThat(Mailbox.recipients(sent.get(0))).containsExactly("chanhvp@sonoivu.test");
        assertThat(sent.get(0).getContent().toString()).contains("Kính gửi Chánh Văn phòng",
                "trước hạn 17/01/2076", "Hạn đăng ký với tỉnh: 20/01/2076", "/plans/" + id);

        // rerun the same day, and the next day (same stage): nothing more
        assertThat(job.remindFor(LocalDate.of(2076, 1, 14))).isZero();
        assertThat(job.remindFor(LocalDate.of(2076, 1, 15))).isZero();
        assertThat(notices("chanhvp", "năm 2076")).hasSize(1);
        awaitMailSent();
        assertThat(Mailbox.withSubject("Kế hoạch đào tạo, bồi dưỡng năm 2076")).hasSize(1);

        // the day before: the second stage; the approval date is not the chief's, nor yet the Director's
        assertThat(job.remindFor(LocalDate.of(2076, 1, 16))).isEqualTo(1);
        assertThat(notices("chanhvp", "năm 2076")).hasSize(2);
        assertThat(notices("giamdoc", "năm 2076")).isEmpty();
    }

    @Test
    void theDirectorIsRemindedOfApproveByOnceThePlanIsSubmitted() throws Exception {
        long id = Plans.submitted(api().as("chanhvp"), 2077);   // approveBy 19/01/2077

        assertThat(job.remindFor(LocalDate.of(2077, 1, 18))).isEqualTo(1);
        List<JsonNode> notices = notices("giamdoc", "Sắp đến hạn phê duyệt Kế hoạch đào tạo, bồi dưỡng năm 2077");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("text").asString())
                .isEqualTo("Sắp đến hạn phê duyệt Kế hoạch đào tạo, bồi dưỡng năm 2077: hạn 19/01/2077 (còn 1 ngày).");
        // submitted: the chief has nothing left to be reminded of
        assertThat(notices("chanhvp", "hạn trình Kế hoạch đào tạo, bồi dưỡng năm 2077")).isEmpty();

        awaitMailSent();
        List<MimeMessage> sent = Mailbox.withSubject("Nhắc hạn phê duyệt Kế hoạch đào tạo, bồi dưỡng năm 2077");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getSubject())
                .isEqualTo("Nhắc hạn phê duyệt Kế hoạch đào tạo, bồi dưỡng năm 2077: hạn 19/01/2077 (còn 1 ngày)");
        assertThat(Mailbox.recipients(sent.get(0))).containsExactly("giamdoc@sonoivu.test");
        assertThat(sent.get(0).getContent().toString()).contains("Kính gửi Giám đốc Sở", "19/01/2077");

        assertThat(job.remindFor(LocalDate.of(2077, 1, 18))).isZero();
        // approved: no reminder after the date either
        api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "77/QĐ-SNV", "decisionDate", "2077-01-19"));
        assertThat(job.remindFor(LocalDate.of(2077, 1, 20))).isZero();
        assertThat(notices("giamdoc", "năm 2077").stream().filter(n -> n.get("text").asString().contains("hạn"))
                .toList()).hasSize(1);
    }

    @Test
    void aMissedDateIsRemindedTheDayAfterAndMarkedOnThePlanAndTheHomePage() throws Exception {
        // a plan whose registration date is already three weeks past, never submitted
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate registration = today.minusDays(20);
        LocalDate registerBy = registration.minusDays(3);
        LocalDate approveBy = registration.minusDays(1);
        var r = api().as("chanhvp").postJson("/api/v1/plans", Map.of("year", 2078,
                "registrationDueDate", registration.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();

        assertThat(job.remindFor(registerBy.plusDays(1))).isEqualTo(1);
        String text = "Đã quá hạn trình Kế hoạch đào tạo, bồi dưỡng năm 2078 (hạn " + DMY.format(registerBy)
                + "): kế hoạch chưa được trình Giám đốc.";
        assertThat(notices("chanhvp", "năm 2078").stream().map(n -> n.get("text").asString()).toList())
                .containsExactly(text);
        awaitMailSent();
        List<MimeMessage> sent = Mailbox.withSubject("Quá hạn trình Kế hoạch đào tạo, bồi dưỡng năm 2078");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getSubject()).isEqualTo("Quá hạn trình Kế hoạch đào tạo, bồi dưỡng năm 2078 (hạn "
                + DMY.format(registerBy) + ")");
        assertThat(Mailbox.recipients(sent.get(0))).containsExactly("chanhvp@sonoivu.test");
        assertThat(job.remindFor(registerBy.plusDays(2))).isZero();

        // the plan: both dates overdue in the API and on the page
        JsonNode plan = api().as("chanhvp").get("/api/v1/plans/" + id).json();
        assertThat(plan.get("registerState").asString()).isEqualTo("OVERDUE");
        assertThat(plan.get("approveState").asString()).isEqualTo("OVERDUE");
        String page = new Api(baseUrl()).signedIn("chanhvp").get("/plans/" + id).body();
        assertThat(section(page, "id=\"plan-register-by\"")).contains(DMY.format(registerBy), "quá hạn");

        // the home page of that year: the due dates marked, the chief's and the Director's to-do too
        String home = new Api(baseUrl()).signedIn("chanhvp").get("/?year=2078").body();
        assertThat(home).contains("id=\"register-missed\"", "id=\"approve-missed\"",
                "đã quá hạn (" + DMY.format(registerBy) + ")");
        String director = new Api(baseUrl()).signedIn("giamdoc").get("/?year=2078").body();
        assertThat(director).contains("id=\"approve-missed\"", "đã quá hạn (" + DMY.format(approveBy) + ")");
        JsonNode progress = api().as("chanhvp").get("/api/v1/procedure/progress?year=2078").json();
        assertThat(progress.get("registerMissed").asBoolean()).isTrue();
        assertThat(progress.get("approveMissed").asBoolean()).isTrue();

        // once submitted the registration is no longer missed; the approval still is
        Plans.addItem(api().as("chanhvp"), id, Plans.item("Kỹ năng số cho lãnh đạo", "DIGITAL", null, 20,
                40_000_000L));
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        home = new Api(baseUrl()).signedIn("chanhvp").get("/?year=2078").body();
        assertThat(home).doesNotContain("id=\"register-missed\"").contains("id=\"approve-missed\"");
        progress = api().as("chanhvp").get("/api/v1/procedure/progress?year=2078").json();
        assertThat(progress.get("registerMissed").asBoolean()).isFalse();
        assertThat(progress.get("approveMissed").asBoolean()).isTrue();
        // a year with no plan has no marks; a year out of range is refused
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/?year=2079").body())
                .doesNotContain("id=\"register-missed\"", "id=\"approve-missed\"");
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/?year=1999").status()).isEqualTo(400);
    }

    @Test
    void whileAnotherNodeHoldsTheLockTheScheduledRunDoesNothing() {
        // registerBy tomorrow: the scheduled run of today reminds the chief
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        var r = api().as("chanhvp").postJson("/api/v1/plans", Map.of("year", 2086,
                "registrationDueDate", today.plusDays(4).toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        SimpleLock other = locks.lock(new LockConfiguration(Instant.now(), "due-date-reminders",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            job.runScheduled();
            assertThat(notices("chanhvp", "năm 2086")).isEmpty();
        } finally {
            other.unlock();
        }
        job.runScheduled();
        assertThat(notices("chanhvp", "năm 2086")).hasSize(1);
    }

    private List<JsonNode> notices(String user, String containing) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : api().as(user).get("/api/v1/notifications?size=200").json().get("items")) {
            if (n.get("text").asString().contains(containing) && n.get("text").asString().contains("hạn")) {
                out.add(n);
            }
        }
        return out;
    }

    private static String section(String html, String marker) {
        int i = html.indexOf(marker);
        assertThat(i).as(marker).isNotNegative();
        return html.substring(i, html.indexOf("</dd>", i));
    }
}
