package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The year's progress follows the year's objects: an approved plan closes B1–B4 and starts B5. */
class PlanProgressIT extends HttpTest {

    @Test
    void approvedPlanCompletesB1ToB4AndStartsB5EvenWhileUnitsHaveNotSentTheirNeeds() {
        int year = 2020;
        // the Office opened the collection, one unit sent a need, the others have not (it is still open)
        var open = api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate",
                LocalDate.now().plusDays(14).toString()));
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        Plans.acceptedNeed(api().as("tp.cchc"), api().as("chuyenvien"), year, "Kỹ năng số cơ bản", 5);
        long id = Plans.open(api().as("chanhvp"), year).get("id").asLong();
        Plans.addItem(api().as("chanhvp"), id, Plans.item("Kỹ năng số cơ bản", "DIGITAL", null, 5, 5_000_000L));
        // the chief is warned before submitting: the collection is still open and units have sent nothing
        String draft = new Api(baseUrl()).signedIn("chanhvp").get("/plans/" + id).body();
        assertThat(draft).contains("id=\"collection-warning\"", "vẫn còn mở đến hết ngày",
                "đơn vị chưa gửi nhu cầu", "id=\"plan-submit\"");
        assertThat(new Api(baseUrl()).signedIn("tp.cchc").get("/plans/" + id).body())
                .doesNotContain("id=\"collection-warning\"");
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        // and the Director sees the same on the approval page; the decision stays theirs
        String toDecide = new Api(baseUrl()).signedIn("giamdoc").get("/plans/" + id).body();
        assertThat(toDecide).contains("id=\"collection-warning\"", "vẫn còn mở đến hết ngày", "id=\"approve-form\"");
        var approved = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "20/QĐ-SNV", "decisionDate", year + "-01-18"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        JsonNode progress = api().as("chanhvp").get("/api/v1/procedure/progress?year=" + year).json();
        Map<String, String> status = new LinkedHashMap<>();
        progress.get("steps").forEach(s -> status.put(s.get("code").asString(), s.get("status").asString()));
        assertThat(status).containsExactly(Map.entry("B1", "DONE"), Map.entry("B2", "DONE"), Map.entry("B3", "DONE"),
                Map.entry("B4", "DONE"), Map.entry("B5", "IN_PROGRESS"), Map.entry("B6", "NOT_STARTED"),
                Map.entry("B7", "NOT_STARTED"));
        assertThat(progress.get("currentStep").asString()).isEqualTo("B5");
        assertThat(new Api(baseUrl()).signedIn("giamdoc").get("/plans/" + id).body())
                .doesNotContain("id=\"collection-warning\"");

        String home = new Api(baseUrl()).signedIn("chanhvp").get("/?year=" + year).body();
        assertThat(home).contains("Đã hoàn thành 4/7 bước", "Bước hiện tại: B5",
                "1 lớp theo kế hoạch đã duyệt: 0 lớp đang ghi danh hoặc đang học, 0 lớp đã đóng hồ sơ hoặc hủy")
                .doesNotContain("Bước hiện tại: B1");

        // next steps follow the year: nobody is asked to register or approve what is approved, and the
        // Office is asked to carry out the classes (B5)
        assertThat(new Api(baseUrl()).signedIn("giamdoc").get("/?year=" + year).body())
                .doesNotContain("href=\"/plans\">Phê duyệt kế hoạch (B4)");
        assertThat(home).doesNotContain("href=\"/plans\">Đăng ký kế hoạch (B3)", "trước hạn hạn")
                .contains("href=\"/classes\">Tổ chức thực hiện các lớp theo kế hoạch đã duyệt (B5)");
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/?year=" + year).body())
                .contains("href=\"/classes\">Tổ chức thực hiện các lớp theo kế hoạch đã duyệt (B5)");
        assertThat(new Api(baseUrl()).signedIn("tp.cchc").get("/?year=" + year).body())
                .doesNotContain("href=\"/classes\">Tổ chức thực hiện");
    }
}
