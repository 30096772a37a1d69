package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.notification.internal.DueDateReminderJob;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;
import vn.boiduong.support.Mailbox;

/**
 * Issue 10 item 5: a certificate with an expiry date is reminded of 30 days before it expires, to its
 * holder and to the Office, in the application and by e-mail, once (the job run again, or the next
 * day, sends nothing more); a revoked certificate is not reminded of.
 */
class CertificateExpiryRemindersIT extends HttpTest {

    private static final int YEAR = 2056;
    private static final LocalDate EXPIRES = LocalDate.of(2057, 6, 30);

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DueDateReminderJob job;

    @Test
    void theHolderAndTheOfficeAreRemindedOnceThirtyDaysBeforeExpiryAndNotOfARevokedCertificate() throws Exception {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "CEX");
        long classId = a.approvedPlan(api(), YEAR, List.of(DeliveryAgency.hostedItem("An toàn thông tin CEX", YEAR, 4,
                10, 10_000_000L))).get(0);
        Api chief = api().as(a.chief);
        long holder = a.peopleA.get(0);
        long revoked = a.peopleA.get(1);
        ok(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()));
        var enrolled = chief.postJson("/api/v1/classes/" + classId + "/enrollments",
                Map.of("staffIds", List.of(holder, revoked)));
        assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
        ok(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/finish", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/results", List.of(
                Map.of("staffId", holder, "outcome", "COMPLETED", "score", 8.5),
                Map.of("staffId", revoked, "outcome", "COMPLETED", "score", 7.0))));
        String number = null;
        String revokedNumber = null;
        for (JsonNode c : ok(chief.get("/api/v1/classes/" + classId + "/certificates")).json()) {
            if (c.get("staffId").asLong() == holder) {
                number = c.get("number").asString();
            } else {
                revokedNumber = c.get("number").asString();
            }
        }
        assertThat(number).isNotNull();
        assertThat(revokedNumber).isNotNull();
        // the format in force gives no expiry: this class's certificates are given one (a format with
        // valid months would give the same column a value)
        assertThat(jdbc.update("update certificate set expires_on = ? where class_id = ?", EXPIRES, classId))
                .isEqualTo(2);
        ok(chief.postJson("/api/v1/classes/" + classId + "/certificates/" + revoked + "/revoke",
                Map.of("decisionNumber", "5/QĐ-CEX", "reason", "Cấp nhầm người")));
        for (String user : List.of(a.learner, a.chief, a.specialist)) {
            jdbc.update("update app_user set email = ? where username = ?", user + "@cex.test", user);
        }

        // 31 days before: not yet
        job.remindFor(EXPIRES.minusDays(31));
        assertThat(notices(a.learner, number)).isEmpty();
        assertThat(notices(a.chief, number)).isEmpty();

        // 30 days before: the holder and the Office, once
        assertThat(job.remindFor(EXPIRES.minusDays(30))).isGreaterThanOrEqualTo(1);
        List<JsonNode> own = notices(a.learner, number);
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("text").asString()).isEqualTo("Giấy chứng nhận số " + number
                + " (lớp An toàn thông tin CEX) của Ông/Bà hết hiệu lực ngày 30/06/2057 (còn 30 ngày).");
        assertThat(own.get(0).get("link").asString()).isEqualTo("/me/training");
        for (String office : List.of(a.chief, a.specialist)) {
            List<JsonNode> n = notices(office, number);
            assertThat(n).as(office).hasSize(1);
            assertThat(n.get(0).get("text").asString()).contains("Nguyễn Thị An", "30/06/2057");
            assertThat(n.get(0).get("link").asString()).isEqualTo("/classes/" + classId);
        }
        assertThat(notices(a.headA, number)).isEmpty();
        // the revoked certificate: no one is told
        for (String user : List.of(a.chief, a.specialist, a.learner)) {
            assertThat(notices(user, revokedNumber)).as(user).isEmpty();
        }
        awaitMailSent();
        List<MimeMessage> toHolder = Mailbox.withSubject("Giấy chứng nhận số " + number + " sắp hết hiệu lực");
        assertThat(toHolder).hasSize(1);
        assertThat(toHolder.get(0).getSubject()).isEqualTo("Giấy chứng nhận số " + number
                + " sắp hết hiệu lực: ngày 30/06/2057 (còn 30 ngày)");
        assertThat(Mailbox.recipients(toHolder.get(0))).containsExactly(a.learner + "@cex.test");
        assertThat(toHolder.get(0).getContent().toString()).contains("Kính gửi Ông/Bà Nguyễn Thị An",
                "30/06/2057", "/me/training");
        List<MimeMessage> toOffice = Mailbox.withSubject("Giấy chứng nhận số " + number + " của Nguyễn Thị An");
        assertThat(toOffice).hasSize(2);
        assertThat(toOffice.stream().flatMap(m -> Mailbox.recipients(m).stream()).toList())
                .containsExactlyInAnyOrder(a.chief + "@cex.test", a.specialist + "@cex.test");
        assertThat(Mailbox.withSubject("Giấy chứng nhận số " + revokedNumber + " ")).isEmpty();

        // run again the same day and the days after: nothing more
        job.remindFor(EXPIRES.minusDays(30));
        job.remindFor(EXPIRES.minusDays(29));
        job.remindFor(EXPIRES.minusDays(1));
        assertThat(notices(a.learner, number)).hasSize(1);
        assertThat(notices(a.chief, number)).hasSize(1);
        awaitMailSent();
        assertThat(Mailbox.withSubject("Giấy chứng nhận số " + number + " ")).hasSize(3);
    }

    @Test
    void aRunMissedOnTheThirtiethDayStillRemindsTheNextDay() {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "CEY");
        long classId = a.approvedPlan(api(), YEAR + 1, List.of(DeliveryAgency.hostedItem("Kỹ năng số CEY",
                YEAR + 1, 5, 10, 10_000_000L))).get(0);
        Api chief = api().as(a.chief);
        long holder = a.peopleA.get(0);
        ok(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()));
        chief.postJson("/api/v1/classes/" + classId + "/enrollments", Map.of("staffIds", List.of(holder)));
        ok(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/finish", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/results", List.of(
                Map.of("staffId", holder, "outcome", "COMPLETED"))));
        String number = ok(chief.get("/api/v1/classes/" + classId + "/certificates")).json().get(0).get("number")
                .asString();
        LocalDate expires = LocalDate.of(2058, 3, 1);
        jdbc.update("update certificate set expires_on = ? where class_id = ?", expires, classId);

        job.remindFor(expires.minusDays(12));
        List<JsonNode> own = notices(a.learner, number);
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("text").asString()).contains("01/03/2058 (còn 12 ngày)");
        job.remindFor(expires.minusDays(2));
        assertThat(notices(a.learner, number)).hasSize(1);
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private List<JsonNode> notices(String user, String number) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : api().as(user).get("/api/v1/notifications?size=200").json().get("items")) {
            if (n.get("text").asString().contains("Giấy chứng nhận số " + number + " ")) {
                out.add(n);
            }
        }
        return out;
    }
}
