package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.HttpTest;
import vn.boiduong.support.Mailbox;

/** Notices by e-mail over SMTP (GreenMail in-process): who receives which, with a Vietnamese subject. */
class PlanMailIT extends HttpTest {

    @Test
    void submittedGoesToTheDirectorReturnedAndApprovedToTheOfficeChief() throws Exception {
        long id = Plans.submitted(api().as("chanhvp"), 2061);
        assertThat(recipients("Kế hoạch đào tạo, bồi dưỡng năm 2061 đã được trình phê duyệt"))
                .containsExactly("giamdoc@sonoivu.test");

        api().as("giamdoc").postJson("/api/v1/plans/" + id + "/return", Map.of("reason", "Thiếu lớp tiếng Anh"));
        assertThat(recipients("Kế hoạch đào tạo, bồi dưỡng năm 2061 bị trả lại")).containsExactly("chanhvp@sonoivu.test");
        MimeMessage returned = Mailbox.withSubject("năm 2061 bị trả lại").get(0);
        assertThat(returned.getContent().toString()).contains("Lý do: Thiếu lớp tiếng Anh", "/plans/" + id);
        assertThat(returned.getFrom()[0].toString()).isEqualTo("boiduong@sonoivu.test");

        api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of());
        api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "61/QĐ-SNV", "decisionDate", "2061-01-18"));
        assertThat(recipients("Kế hoạch đào tạo, bồi dưỡng năm 2061 đã được phê duyệt"))
                .containsExactly("chanhvp@sonoivu.test");
        assertThat(Mailbox.withSubject("năm 2061 đã được phê duyệt").get(0).getContent().toString())
                .contains("Quyết định số 61/QĐ-SNV");
        // the second submission was announced again, to the Director only
        assertThat(Mailbox.withSubject("năm 2061 đã được trình").size()).isEqualTo(2);
    }

    private static Set<String> recipients(String subject) {
        Mailbox.server().waitForIncomingEmail(5000, 1);
        List<MimeMessage> found = Mailbox.withSubject(subject);
        assertThat(found).as(subject).isNotEmpty();
        Set<String> to = new TreeSet<>();
        found.forEach(m -> to.addAll(Mailbox.recipients(m)));
        return to;
    }
}
