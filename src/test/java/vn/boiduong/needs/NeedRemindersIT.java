package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.fixtures.NeedFixtures.expect;
import static vn.boiduong.fixtures.NeedFixtures.need;
import static vn.boiduong.fixtures.NeedFixtures.uniqueTitle;
import static vn.boiduong.fixtures.NeedFixtures.unitId;
import static vn.boiduong.fixtures.NeedFixtures.with;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.notification.internal.DueDateReminderJob;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;
import vn.boiduong.support.Mailbox;

/**
 * The daily reminder of the collection's due date (issue 3 item 7), run for chosen dates: the heads
 * of units that sent nothing are reminded in the application and by e-mail, 3 days and 1 day before
 * and once after the miss; a unit that sent is left alone; a second run the same day sends nothing.
 */
class NeedRemindersIT extends HttpTest {

    // a year no other test collects needs for (others take years relative to today: +2, +20…+30, +40, +41)
    static final int YEAR = 2097;
    static final LocalDate DUE = LocalDate.of(YEAR, 3, 16);

    @Autowired
    DueDateReminderJob job;

    @Test
    void headsOfUnitsThatSentNothingAreRemindedOncePerStage() throws Exception {
        Api office = api().as("chuyenvien");
        expect(office.postJson("/api/v1/needs/collections", Map.of("year", YEAR, "dueDate", DUE.toString())), 201);
        // TCBC sends a need; CCHC sends nothing
        long id = expect(api().as("tp.tccb").postJson("/api/v1/needs",
                with(need(unitId(api(), "TCBC"), uniqueTitle("Nhắc hạn")), "year", YEAR)), 201).json().get("id")
                .asLong();
        expect(api().as("tp.tccb").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        // a unit head without an e-mail address: the notice only
        String plain = "tp.tts." + System.nanoTime() % 100000;
        var admin = new Api(baseUrl()).signedIn("admin");
        assertThat(admin.postForm("/admin/users/new", Map.of("username", plain, "fullName", "Đinh Thị Thanh Tra",
                "roles", "UNIT_HEAD", "unitId", String.valueOf(unitId(api(), "TTS")), "password", "Hoa-Sen-2026"))
                .status()).isEqualTo(302);

        // three days before: one notice to each head of a unit that sent nothing
        assertThat(job.remindFor(DUE.minusDays(3))).isEqualTo(1);
        List<JsonNode> cchc = reminders("tp.cchc", "tp.cchc");
        assertThat(cchc).hasSize(1);
        assertThat(cchc.get(0).get("text").asString()).isEqualTo("Sắp đến hạn gửi nhu cầu đào tạo, bồi dưỡng năm 2097 "
                + "(hạn 16/03/2097, còn 3 ngày): Phòng Cải cách hành chính chưa gửi nhu cầu nào.");
        assertThat(cchc.get(0).get("link").asString()).isEqualTo("/needs?year=2097");
        assertThat(reminders("tp.tccb", "tp.tccb")).isEmpty();
        assertThat(reminders(plain, "Hoa-Sen-2026")).hasSize(1);
        // the Office's own unit sent nothing either: its chief is its head
        assertThat(reminders("chanhvp", "chanhvp")).hasSize(1);

        awaitMailSent();
        List<MimeMessage> mails = Mailbox.withSubject("Nhắc hạn gửi nhu cầu đào tạo, bồi dưỡng năm 2097");
        assertThat(mails).hasSize(2);
        assertThat(mails.stream().map(m -> Mailbox.recipients(m).get(0)).sorted().toList())
                .containsExactly("chanhvp@sonoivu.test", "tp.cchc@sonoivu.test");
        MimeMessage toCchc = mails.stream().filter(m -> Mailbox.recipients(m).contains("tp.cchc@sonoivu.test"))
                .findFirst().orElseThrow();
        assertThat(toCchc.getSubject())
                .isEqualTo("Nhắc hạn gửi nhu cầu đào tạo, bồi dưỡng năm 2097: hạn 16/03/2097 (còn 3 ngày)");
        assertThat(toCchc.getContent().toString()).contains("Phòng Cải cách hành chính chưa gửi nhu cầu đào tạo, "
                + "bồi dưỡng năm 2097", "Hạn gửi: 16/03/2097", "/needs?year=2097");
        assertThat(toCchc.getFrom()[0].toString()).isEqualTo("boiduong@sonoivu.test");

        // the job runs again the same day (a restart, a second node): nothing twice
        job.remindFor(DUE.minusDays(3));
        job.remindFor(DUE.minusDays(2));
        assertThat(reminders("tp.cchc", "tp.cchc")).hasSize(1);
        awaitMailSent();
        assertThat(Mailbox.withSubject("Nhắc hạn gửi nhu cầu đào tạo, bồi dưỡng năm 2097")).hasSize(2);

        // one day before, then the day after the miss
        job.remindFor(DUE.minusDays(1));
        job.remindFor(DUE.plusDays(1));
        job.remindFor(DUE.plusDays(2));
        List<String> texts = reminders("tp.cchc", "tp.cchc").stream().map(n -> n.get("text").asString()).toList();
        assertThat(texts).hasSize(3);
        assertThat(texts).anyMatch(t -> t.contains("(hạn 16/03/2097, còn 1 ngày)"));
        assertThat(texts).contains("Đã quá hạn gửi nhu cầu đào tạo, bồi dưỡng năm 2097 (hạn 16/03/2097): "
                + "Phòng Cải cách hành chính chưa gửi nhu cầu nào. Đề nghị gửi ngay.");
        assertThat(reminders("tp.tccb", "tp.tccb")).isEmpty();
        awaitMailSent();
        assertThat(Mailbox.withSubject("Quá hạn gửi nhu cầu đào tạo, bồi dưỡng năm 2097 (hạn 16/03/2097)")
                .stream().flatMap(m -> Mailbox.recipients(m).stream()).sorted().toList())
                .containsExactly("chanhvp@sonoivu.test", "tp.cchc@sonoivu.test");
        // a week after the miss the job stops reminding
        assertThat(job.remindFor(DUE.plusDays(8))).isZero();

        // leave the shared demo agency as it was: the extra head is disabled
        String userId = admin.get("/admin/users?q=" + plain).body().replaceAll("(?s).*href=\"/admin/users/(\\d+)\".*",
                "$1");
        assertThat(admin.postForm("/admin/users/" + userId, Map.of("fullName", "Đinh Thị Thanh Tra",
                "roles", "UNIT_HEAD", "unitId", String.valueOf(unitId(api(), "TTS")))).status()).isEqualTo(302);
    }

    @Test
    void aMovedDueDateIsRemindedAgainAndNoCollectionNoReminder() {
        int year = 2098;
        LocalDate due = LocalDate.of(year, 4, 10);
        assertThat(job.remindFor(due.minusDays(3))).isZero();
        expect(api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate",
                due.toString())), 201);
        assertThat(job.remindFor(due.minusDays(3))).isEqualTo(1);
        assertThat(reminders("tp.cchc", "tp.cchc", "năm 2098")).hasSize(1);
        LocalDate moved = due.plusDays(10);
        expect(api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate",
                moved.toString())), 200);
        job.remindFor(moved.minusDays(3));
        List<String> texts = reminders("tp.cchc", "tp.cchc", "năm 2098").stream().map(n -> n.get("text").asString())
                .toList();
        assertThat(texts).hasSize(2).anyMatch(t -> t.contains("hạn 20/04/2098"));
    }

    /** The reminders of the collection of {@link #YEAR} in a person's notices. */
    private List<JsonNode> reminders(String user, String password) {
        return reminders(user, password, "năm " + YEAR);
    }

    private List<JsonNode> reminders(String user, String password, String year) {
        Api a = api().as(user, password.equals(user) ? Api.DEMO_PASSWORD : password);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : expect(a.get("/api/v1/notifications?size=200"), 200).json().get("items")) {
            String t = n.get("text").asString();
            if (t.contains("hạn gửi nhu cầu đào tạo, bồi dưỡng " + year) && !t.startsWith("Văn phòng mở")
                    && !t.startsWith("Hạn gửi nhu cầu")) {
                out.add(n);
            }
        }
        return out;
    }
}
