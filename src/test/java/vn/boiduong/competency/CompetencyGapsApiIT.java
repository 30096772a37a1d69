package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.competency.CompetencyFixtures.unitId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** GET /api/v1/units/{id}/competency-gaps per role and unit, and how assessments move it. */
class CompetencyGapsApiIT extends HttpTest {

    private String gaps(long unit) {
        return "/api/v1/units/" + unit + "/competency-gaps";
    }

    @Test
    void unitHeadReadsOwnUnitAnotherUnitIs404StaffIs403OfficeReadsAll() {
        long cchc = unitId(api().as("admin"), "CCHC");
        long tccb = unitId(api().as("admin"), "TCBC");
        var own = api().as("tp.cchc").get(gaps(cchc));
        assertThat(own.status()).isEqualTo(200);
        JsonNode m = own.json();
        assertThat(m.get("unitId").asLong()).isEqualTo(cchc);
        assertThat(m.get("year").asInt()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        assertThat(m.get("competencies").size()).isGreaterThan(5);
        assertThat(m.get("competencies").get(0).has("code")).isTrue();
        assertThat(m.get("staff").size()).isGreaterThanOrEqualTo(8);
        JsonNode gap = m.get("staff").get(0).get("gaps").get(0);
        assertThat(gap.has("competencyId")).isTrue();
        assertThat(gap.get("required").asInt()).isBetween(1, 5);
        assertThat(gap.get("gap").asInt()).isEqualTo(Math.max(0, gap.get("required").asInt()
                - (gap.get("current").isNull() ? 0 : gap.get("current").asInt())));

        assertThat(api().as("tp.cchc").get(gaps(tccb)).status()).isEqualTo(404);
        assertThat(api().as("tp.tccb").get(gaps(tccb)).status()).isEqualTo(200);
        var staff = api().as("nhanvien").get(gaps(cchc));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().as("chuyenvien").get(gaps(tccb)).status()).isEqualTo(200);
        assertThat(api().as("chanhvp").get(gaps(cchc)).status()).isEqualTo(200);
        assertThat(api().as("giamdoc").get(gaps(cchc)).status()).isEqualTo(200);
        assertThat(api().get(gaps(cchc)).status()).isEqualTo(401);
        assertThat(api().as("chuyenvien").get(gaps(999_999)).status()).isEqualTo(404);
    }

    @Test
    void badYearIs400() {
        long cchc = unitId(api().as("admin"), "CCHC");
        var wrongType = api().as("chuyenvien").get(gaps(cchc) + "?year=abc");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        var tooOld = api().as("chuyenvien").get(gaps(cchc) + "?year=1999");
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.json().get("errors").toString()).contains("year").contains("Năm phải");
        // the right check comes first: a staff member learns 403, not the rules of the parameter
        assertThat(api().as("nhanvien").get(gaps(cchc) + "?year=1999").status()).isEqualTo(403);
    }

    @Test
    void aNewAssessmentClosesThePreviousOneAndMovesTheGap() {
        long cchc = unitId(api().as("admin"), "CCHC");
        JsonNode m = api().as("chuyenvien").get(gaps(cchc)).json();
        JsonNode person = m.get("staff").get(m.get("staff").size() - 1);
        long staffId = person.get("staffId").asLong();
        JsonNode first = person.get("gaps").get(0);
        long competencyId = first.get("competencyId").asLong();
        int required = first.get("required").asInt();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String path = "/api/v1/staff/" + staffId + "/competency-assessments";

        var low = api().as("chuyenvien").postJson(path, Map.of("competencyId", competencyId, "level", 1,
                "assessedOn", today.minusDays(3).toString(), "evidence", "Phiếu đánh giá quý"));
        assertThat(low.status()).isEqualTo(201);
        assertThat(low.json().get("current").asBoolean()).isTrue();
        assertThat(low.json().get("assessor").asString()).isEqualTo("chuyenvien");
        assertThat(gapOf(api().as("chuyenvien").get(gaps(cchc)).json(), staffId, competencyId).get("current").asInt())
                .isEqualTo(1);

        var high = api().as("tp.cchc").postJson(path, Map.of("competencyId", competencyId, "level", 5,
                "assessedOn", today.toString()));
        assertThat(high.status()).isEqualTo(201);
        JsonNode now = gapOf(api().as("tp.cchc").get(gaps(cchc)).json(), staffId, competencyId);
        assertThat(now.get("current").asInt()).isEqualTo(5);
        assertThat(now.get("required").asInt()).isEqualTo(required);
        assertThat(now.get("gap").asInt()).isZero();

        JsonNode profile = api().as("tp.cchc").get("/api/v1/staff/" + staffId + "/competencies").json();
        JsonNode row = null;
        for (JsonNode r : profile.get("competencies")) {
            if (r.get("competencyId").asLong() == competencyId) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("current").get("level").asInt()).isEqualTo(5);
        JsonNode history = row.get("history");
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        assertThat(history.get(0).get("level").asInt()).isEqualTo(5);
        assertThat(history.get(0).get("validTo").isNull()).isTrue();
        assertThat(history.get(1).get("level").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("validTo").asString()).isEqualTo(today.toString());
        assertThat(history.get(1).get("current").asBoolean()).isFalse();
        int open = 0;
        for (JsonNode h : history) {
            open += h.get("current").asBoolean() ? 1 : 0;
        }
        assertThat(open).isEqualTo(1);

        // last year's matrix reads the levels in force on 31 December: today's are not there, the demo's one is
        JsonNode lastYear = gapOf(api().as("chuyenvien").get(gaps(cchc) + "?year=" + (today.getYear() - 1)).json(),
                staffId, competencyId);
        assertThat(lastYear.get("current")).isEqualTo(first.get("current"));

        var backdated = api().as("chuyenvien").postJson(path, Map.of("competencyId", competencyId, "level", 2,
                "assessedOn", today.minusDays(10).toString()));
        assertThat(backdated.status()).isEqualTo(400);
        assertThat(backdated.json().get("errors").get(0).get("field").asString()).isEqualTo("assessedOn");

        var trail = api().as("chanhvp").get("/api/v1/audit?type=competency&id=" + competencyId);
        assertThat(trail.status()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        trail.json().get("items").forEach(a -> lines.add(a.get("action").asString() + " " + a.get("actor").asString()
                + " " + a.get("detail").asString()));
        assertThat(lines).anyMatch(l -> l.startsWith("ASSESS tp.cchc") && l.contains("mức 5") && l.contains("thay mức 1"));
        assertThat(lines).anyMatch(l -> l.startsWith("ASSESS chuyenvien") && l.contains("mức 1"));
    }

    @Test
    void assessingIsForTheOfficeAndTheHeadOfThePersonsUnit() {
        long cchc = unitId(api().as("admin"), "CCHC");
        long tccb = unitId(api().as("admin"), "TCBC");
        JsonNode other = api().as("chuyenvien").get(gaps(tccb)).json().get("staff").get(0);
        long otherStaff = other.get("staffId").asLong();
        long competencyId = other.get("gaps").get(0).get("competencyId").asLong();
        Map<String, Object> body = Map.of("competencyId", competencyId, "level", 3, "assessedOn",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        String path = "/api/v1/staff/" + otherStaff + "/competency-assessments";
        assertThat(api().as("tp.cchc").postJson(path, body).status()).isEqualTo(404);
        assertThat(api().as("nhanvien").postJson(path, body).status()).isEqualTo(403);
        assertThat(api().as("giamdoc").postJson(path, body).status()).isEqualTo(403);
        assertThat(api().as("admin").postJson(path, body).status()).isEqualTo(403);
        assertThat(api().as("tp.cchc").get("/api/v1/staff/" + otherStaff + "/competencies").status()).isEqualTo(404);
        assertThat(api().as("nhanvien").get("/api/v1/staff/" + otherStaff + "/competencies").status())
                .isEqualTo(403);
        long ownStaff = api().as("tp.cchc").get(gaps(cchc)).json().get("staff").get(0).get("staffId").asLong();
        assertThat(ownStaff).isNotEqualTo(otherStaff);
    }

    @Test
    void badAssessmentsAre400WithFieldErrors() {
        long cchc = unitId(api().as("admin"), "CCHC");
        JsonNode person = api().as("chuyenvien").get(gaps(cchc)).json().get("staff").get(0);
        String path = "/api/v1/staff/" + person.get("staffId").asLong() + "/competency-assessments";
        var r = api().as("chuyenvien").postJson(path, Map.of("level", 9, "evidence", "x".repeat(1001)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        String errors = r.json().get("errors").toString();
        assertThat(errors).contains("competencyId").contains("level").contains("assessedOn").contains("evidence")
                .contains("Mức năng lực phải từ 1 đến 5");
        var future = api().as("chuyenvien").postJson(path, Map.of("competencyId",
                person.get("gaps").get(0).get("competencyId").asLong(), "level", 3, "assessedOn",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("message").asString()).contains("sau ngày hôm nay");
        var unknown = api().as("chuyenvien").postJson(path, Map.of("competencyId", 999_999, "level", 3,
                "assessedOn", "2024-01-01"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("competencyId");
        assertThat(api().as("chuyenvien").postJson(path, "{\"level\": \"cao\"}").status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").postJson(path, "{\"assessedOn\": \"31/12/2024\"}").status())
                .isEqualTo(400);
    }

    @Test
    void theGapEndpointIsDocumentedInOpenApi() {
        var docs = api().as("chuyenvien").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode op = docs.json().get("paths").get("/api/v1/units/{id}/competency-gaps").get("get");
        assertThat(op.get("summary").asString()).contains("Khoảng cách năng lực");
        assertThat(op.get("description").asString()).contains("required").contains("404");
        assertThat(op.get("responses").has("403")).isTrue();
    }

    static JsonNode gapOf(JsonNode matrix, long staffId, long competencyId) {
        for (JsonNode s : matrix.get("staff")) {
            if (s.get("staffId").asLong() == staffId) {
                for (JsonNode g : s.get("gaps")) {
                    if (g.get("competencyId").asLong() == competencyId) {
                        return g;
                    }
                }
            }
        }
        throw new AssertionError("no gap " + staffId + "/" + competencyId);
    }
}
