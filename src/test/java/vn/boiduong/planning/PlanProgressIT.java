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
        long id = Plans.submitted(api().as("chanhvp"), year);
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

        String home = new Api(baseUrl()).signedIn("chanhvp").get("/?year=" + year).body();
        assertThat(home).contains("Đã hoàn thành 4/7 bước", "Bước hiện tại: B5",
                "2 lớp theo kế hoạch đã duyệt, 0 lớp đã kết thúc hoặc hủy")
                .doesNotContain("Bước hiện tại: B1");
    }
}
