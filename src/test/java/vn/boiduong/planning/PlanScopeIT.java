package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.support.HttpTest;

/**
 * Who learns what from a plan: a unit head reads the plan but only the unit's own needs in it; a
 * caller without the right gets 403 whatever body was sent, before any validation.
 */
class PlanScopeIT extends HttpTest {

    @Test
    void aUnitHeadReadsThePlanButOnlyTheUnitsOwnNeedsInIt() {
        int year = 2083;
        long cchc = NeedFixtures.unitId(api(), "CCHC");
        long tccb = NeedFixtures.unitId(api(), "TCBC");
        long own = NeedFixtures.accepted(api(), "tp.cchc", NeedFixtures.with(
                NeedFixtures.need(cchc, NeedFixtures.uniqueTitle("Kỹ năng số CCHC")), "year", year));
        long other = NeedFixtures.accepted(api(), "tp.tccb", NeedFixtures.with(
                NeedFixtures.need(tccb, NeedFixtures.uniqueTitle("Kỹ năng số TCCB")), "year", year));
        long otherUnserved = NeedFixtures.accepted(api(), "tp.tccb", NeedFixtures.with(
                NeedFixtures.need(tccb, NeedFixtures.uniqueTitle("Ngoại ngữ TCCB")), "year", year));
        long id = Plans.open(api().as("chanhvp"), year).get("id").asLong();
        var item = Plans.item("Kỹ năng số", "DIGITAL", null, 4, 8_000_000L);
        item.put("needIds", List.of(own, other));
        Plans.addItem(api().as("chanhvp"), id, item);

        JsonNode office = api().as("chuyenvien").get("/api/v1/plans/" + id).json();
        assertThat(ids(office.get("items").get(0).get("needs"))).containsExactlyInAnyOrder(own, other);
        assertThat(ids(office.get("unservedNeeds"))).contains(otherUnserved);

        JsonNode head = api().as("tp.cchc").get("/api/v1/plans/" + id).json();
        assertThat(ids(head.get("items").get(0).get("needs"))).containsExactly(own);
        assertThat(head.get("items").get(0).get("needIds").toString()).isEqualTo("[" + own + "]");
        assertThat(ids(head.get("unservedNeeds"))).doesNotContain(otherUnserved);
        // the totals are the plan's, the same for every reader
        assertThat(head.get("totals")).isEqualTo(office.get("totals"));
        assertThat(api().as("tp.cchc").get("/api/v1/needs/" + other).status()).isEqualTo(404);
        var page = api().signedIn("tp.cchc").get("/plans/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Kỹ năng số TCCB", "Ngoại ngữ TCCB");
    }

    @Test
    void withoutTheRightTheAnswerIs403WhateverTheBody() {
        long id = Plans.open(api().as("chanhvp"), 2082).get("id").asLong();
        assertThat(api().as("tp.cchc").postJson("/api/v1/plans", "").status()).isEqualTo(403);
        assertThat(api().as("nhanvien").postJson("/api/v1/plans/" + id + "/items", "").status()).isEqualTo(403);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/return", "").status()).isEqualTo(403);
        assertThat(api().as("chuyenvien").postJson("/api/v1/plans/" + id + "/approve", "").status()).isEqualTo(403);
        assertThat(api().as("tp.tccb").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(403);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(403);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/items",
                Plans.item("Lớp", "DIGITAL", null, 3, 1000)).status()).isEqualTo(403);

        var noBody = api().as("chanhvp").postJson("/api/v1/plans", "");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.body()).contains("year");
        var noItem = api().as("chanhvp").postJson("/api/v1/plans/" + id + "/items", "");
        assertThat(noItem.status()).isEqualTo(400);
        assertThat(noItem.body()).contains("Thiếu dữ liệu");
    }

    @Test
    void aSortThatNamesNoFieldIsA400NotA500() {
        for (String sort : List.of(",", ",asc", " ,desc")) {
            var r = api().as("chuyenvien").get("/api/v1/staff?sort=" + java.net.URLEncoder.encode(sort,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.status()).as(sort).isEqualTo(400);
            assertThat(r.body()).contains("sort");
        }
        assertThat(api().as("tp.cchc").get("/api/v1/needs?sort=,").status()).isEqualTo(400);
    }

    @Test
    void thePlanListHasTheListShapeOfTheContract() {
        Plans.open(api().as("chanhvp"), 2080);
        JsonNode page = api().as("giamdoc").get("/api/v1/plans?size=2&sort=year,asc").json();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("items").size()).isBetween(1, 2);
        JsonNode newest = api().as("giamdoc").get("/api/v1/plans?size=1").json().get("items").get(0);
        assertThat(newest.get("year").asInt()).isGreaterThanOrEqualTo(page.get("items").get(0).get("year").asInt());
        assertThat(api().as("giamdoc").get("/api/v1/plans?sort=status").status()).isEqualTo(400);
        assertThat(api().as("nhanvien").get("/api/v1/plans").status()).isEqualTo(403);
    }

    private static List<Long> ids(JsonNode needs) {
        List<Long> out = new java.util.ArrayList<>();
        needs.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }
}
