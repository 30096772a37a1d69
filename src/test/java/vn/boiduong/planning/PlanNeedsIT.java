package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;
import vn.boiduong.support.Mailbox;

/** Items name the accepted needs they serve: validation, unserved needs, totals by unit, who is told. */
class PlanNeedsIT extends HttpTest {

    private long unitOf(String head) {
        return api().as(head).get("/api/v1/me").json().get("unitId").asLong();
    }

    private long acceptedNeed(String head, int year, String title, int headcount) {
        var created = api().as(head).postJson("/api/v1/needs", Map.of("year", year, "unitId", unitOf(head),
                "title", title, "category", "DIGITAL", "headcount", headcount, "estimatedCost", 1_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api().as(head).postJson("/api/v1/needs/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/" + id + "/accept", Map.of()).status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void itemsServeAcceptedNeedsAndThePlanShowsWhatIsLeftAndSplitsByUnit() {
        int year = 2095;
        long a = acceptedNeed("tp.tccb", year, "Kỹ năng số cho phòng Tổ chức", 6);
        long b = acceptedNeed("tp.cchc", year, "Kỹ năng số cho phòng CCHC", 4);
        long c = acceptedNeed("tp.cchc", year, "Ngoại ngữ", 2);
        long other = acceptedNeed("tp.cchc", year + 1, "Năm sau", 2);
        long id = Plans.open(api().as("chanhvp"), year).get("id").asLong();

        var wrongYear = Plans.item("Lớp", "DIGITAL", null, 10, 1000);
        wrongYear.put("needIds", List.of(a, other));
        var bad = api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", wrongYear);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("needIds");

        var item = Plans.item("Kỹ năng số", "DIGITAL", null, 10, 10_000_000L);
        item.put("needIds", List.of(a, b));
        Plans.addItem(api().as("chanhvp"), id, item);
        JsonNode p = api().as("chanhvp").get("/api/v1/plans/" + id).json();
        assertThat(p.get("unservedNeeds").findValues("id").stream().map(JsonNode::asLong).toList()).containsExactly(c);
        JsonNode byUnit = p.get("totals").get("byUnit");
        assertThat(byUnit.size()).isEqualTo(2);
        int total = 0;
        for (JsonNode u : byUnit) {
            total += u.get("headcount").asInt();
            assertThat(u.get("headcount").asInt()).isIn(6, 4);
        }
        assertThat(total).isEqualTo(10);

        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "95/QĐ-SNV", "decisionDate", year + "-01-18"));
        awaitMailSent();
        Set<String> to = new TreeSet<>();
        Mailbox.withSubject("năm " + year + " đã được phê duyệt").forEach(m -> to.addAll(Mailbox.recipients(m)));
        assertThat(to).containsExactly("chanhvp@sonoivu.test", "tp.cchc@sonoivu.test", "tp.tccb@sonoivu.test");
    }
}
