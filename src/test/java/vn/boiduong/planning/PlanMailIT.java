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

    /**
     * A plan serving a need of the Phòng Cải cách hành chính only: on return and on approval its head
     * (tp.cchc) is told with the Office chief, by mail and in the application; the head of a unit with
     * no need in the plan (tp.tccb) is not, nor is the Director, who was told of the submission.
     */
    @Test
    void unitHeadsWhoseNeedsAreInThePlanAreToldOfItsReturnAndApprovalInTheAppAndByMail() throws Exception {
        int year = 2038;
        long need = Plans.acceptedNeed(api().as("tp.cchc"), api().as("chuyenvien"), year, "Kỹ năng số cho CCHC", 5);
        long id = Plans.open(api().as("chanhvp"), year).get("id").asLong();
        var item = Plans.item("Kỹ năng số cho phòng CCHC", "DIGITAL", null, 5, 6_000_000L);
        item.put("needIds", List.of(need));
        Plans.addItem(api().as("chanhvp"), id, item);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);

        String submitted = "Kế hoạch đào tạo, bồi dưỡng năm 2038 đã được trình, chờ Giám đốc phê duyệt";
        assertThat(notices("giamdoc", id)).containsExactly(submitted);
        for (String user : new String[] {"chanhvp", "tp.cchc", "tp.tccb", "chuyenvien", "nhanvien"}) {
            assertThat(notices(user, id)).as(user).isEmpty();
        }

        var r = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/return",
                Map.of("reason", "Ghép lớp với phòng Tổ chức"));
        assertThat(r.status()).isEqualTo(200);
        String returned = "Kế hoạch đào tạo, bồi dưỡng năm 2038 bị trả lại: Ghép lớp với phòng Tổ chức";
        assertThat(notices("chanhvp", id)).containsExactly(returned);
        assertThat(notices("tp.cchc", id)).containsExactly(returned);
        assertThat(notices("tp.tccb", id)).isEmpty();
        assertThat(notices("giamdoc", id)).containsExactly(submitted);
        assertThat(recipients("Kế hoạch đào tạo, bồi dưỡng năm 2038 bị trả lại"))
                .containsExactly("chanhvp@sonoivu.test", "tp.cchc@sonoivu.test");
        MimeMessage mail = Mailbox.withSubject("năm 2038 bị trả lại").get(0);
        assertThat(mail.getContent().toString()).contains("Giám đốc đã trả lại kế hoạch đào tạo, bồi dưỡng năm 2038",
                "Lý do: Ghép lớp với phòng Tổ chức", "/plans/" + id);

        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(notices("giamdoc", id)).containsExactly(submitted, submitted);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "38/QĐ-SNV", "decisionDate", "2038-01-18")).status()).isEqualTo(200);
        String approved = "Kế hoạch đào tạo, bồi dưỡng năm 2038 đã được phê duyệt (Quyết định số 38/QĐ-SNV)";
        assertThat(notices("chanhvp", id)).containsExactly(approved, returned);
        assertThat(notices("tp.cchc", id)).containsExactly(approved, returned);
        assertThat(notices("tp.tccb", id)).isEmpty();
        assertThat(notices("nhanvien", id)).isEmpty();
        assertThat(recipients("Kế hoạch đào tạo, bồi dưỡng năm 2038 đã được phê duyệt"))
                .containsExactly("chanhvp@sonoivu.test", "tp.cchc@sonoivu.test");
        assertThat(recipients("Kế hoạch đào tạo, bồi dưỡng năm 2038 đã được trình phê duyệt"))
                .containsExactly("giamdoc@sonoivu.test");
    }

    /** The texts of the user's in-application notices that link to the plan, newest first. */
    private List<String> notices(String user, long planId) {
        var r = api().as(user).get("/api/v1/notifications?size=200");
        assertThat(r.status()).as(user).isEqualTo(200);
        List<String> out = new java.util.ArrayList<>();
        r.json().get("items").forEach(n -> {
            if (("/plans/" + planId).equals(n.get("link").asString())) {
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
