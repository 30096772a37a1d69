package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.competency.CompetencyFixtures.staffData;
import static vn.boiduong.competency.CompetencyFixtures.unitId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** The organisational analysis: the standards of the migration evaluated on people set up through the API. */
class OrganisationalAnalysisIT extends HttpTest {

    private long createStaff(Map<String, Object> data) {
        var r = api().as("chuyenvien").postJson("/api/v1/staff", Map.of("code", CompetencyFixtures.uniqueCode("OA"),
                "data", data));
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static List<JsonNode> of(JsonNode findings, long staffId) {
        List<JsonNode> out = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("staffId").asLong() == staffId) {
                out.add(f);
            }
        });
        return out;
    }

    @Test
    void aPrincipalSpecialistLeaderWithoutTheCertificatesHasTheExpectedFindings() {
        long xdcq = unitId(api().as("admin"), "XDCQ");
        long id = createStaff(staffData(xdcq, "Ngô Quang Phân Tích", "01.002", true, "CV", "Sơ cấp"));
        var r = api().as("chanhvp").get("/api/v1/units/" + xdcq + "/findings");
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> mine = of(r.json(), id);
        List<String> rules = mine.stream().map(f -> f.get("ruleCode").asString()).toList();
        assertThat(rules).containsExactlyInAnyOrder("QLNN-CVC", "LLCT-LDQL");
        JsonNode qlnn = mine.stream().filter(f -> f.get("ruleCode").asString().equals("QLNN-CVC")).findFirst()
                .orElseThrow();
        assertThat(qlnn.get("unitId").asLong()).isEqualTo(xdcq);
        assertThat(qlnn.get("current").asString()).isEqualTo("CV");
        assertThat(qlnn.get("missing").asString()).contains("hiện có CV").contains("cần CVC hoặc CVCC");
        assertThat(qlnn.get("suggestedCategory").asString()).isEqualTo("STATE_MANAGEMENT");
        assertThat(qlnn.get("suggestedLevel").asString()).isEqualTo("PRINCIPAL");
        JsonNode llct = mine.stream().filter(f -> f.get("ruleCode").asString().equals("LLCT-LDQL")).findFirst()
                .orElseThrow();
        assertThat(llct.get("suggestedCategory").asString()).isEqualTo("POLITICAL_THEORY");
        assertThat(llct.get("suggestedLevel").asString()).isEqualTo("INTERMEDIATE");

        // one click from the finding: the suggested need the needs module pre-fills
        long ruleId = qlnn.get("ruleId").asLong();
        var s = api().as("chuyenvien").get("/api/v1/need-suggestions?staffId=" + id + "&ruleId=" + ruleId);
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.json().get("unitId").asLong()).isEqualTo(xdcq);
        assertThat(s.json().get("category").asString()).isEqualTo("STATE_MANAGEMENT");
        assertThat(s.json().get("level").asString()).isEqualTo("PRINCIPAL");
        assertThat(s.json().get("staffIds").get(0).asLong()).isEqualTo(id);
        assertThat(s.json().get("title").asString()).contains("chuyên viên chính");
        assertThat(s.json().get("rationale").asString()).contains("QLNN-CVC").contains("Ngô Quang Phân Tích");
    }

    @Test
    void aPersonWhoMeetsTheStandardsHasNoFindingAndNoSuggestion() {
        long xdcq = unitId(api().as("admin"), "XDCQ");
        long id = createStaff(staffData(xdcq, "Trịnh Thị Đạt Chuẩn", "01.002", true, "CVC", "Cao cấp"));
        assertThat(of(api().as("giamdoc").get("/api/v1/units/" + xdcq + "/findings").json(), id)).isEmpty();
        long ruleId = -1;
        for (JsonNode rule : api().as("chanhvp").get("/api/v1/standard-rules").json()) {
            if (rule.get("code").asString().equals("QLNN-CVC")) {
                ruleId = rule.get("id").asLong();
                assertThat(rule.get("condition").asString()).isEqualTo("ngạch 01.002");
                assertThat(rule.get("fixCategory").asString()).isEqualTo("STATE_MANAGEMENT");
            }
        }
        assertThat(ruleId).as("the shipped standard QLNN-CVC").isPositive();
        var s = api().as("chuyenvien").get("/api/v1/need-suggestions?staffId=" + id + "&ruleId=" + ruleId);
        assertThat(s.status()).isEqualTo(400);
        assertThat(s.json().get("errors").get(0).get("field").asString()).isEqualTo("ruleId");
    }

    @Test
    void theDemoDirectorLacksTheSeniorCertificateAgencyWide() {
        var r = api().as("chanhvp").get("/api/v1/competency-findings");
        assertThat(r.status()).isEqualTo(200);
        boolean director = false;
        for (JsonNode f : r.json()) {
            director |= f.get("fullName").asString().equals("Vũ Mạnh Hùng")
                    && f.get("ruleCode").asString().equals("QLNN-CVCC");
        }
        assertThat(director).isTrue();
        assertThat(api().as("chanhvp").get("/api/v1/standard-rules").json().size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theOfficeChiefAddsAStandardAsDataAndSwitchesItOff() {
        long archive = unitId(api().as("admin"), "TTLT");
        String code = CompetencyFixtures.uniqueCode("VC-I-");
        Map<String, Object> rule = new java.util.HashMap<>();
        rule.put("code", code);
        rule.put("name", "Viên chức hạng I phải có trình độ thạc sĩ trở lên");
        rule.put("legalBasis", "Tiêu chuẩn chức danh nghề nghiệp (thử nghiệm)");
        rule.put("condCategory", "PUBLIC_EMPLOYEE");
        rule.put("condTitleRank", "I");
        rule.put("field", "DEGREE");
        rule.put("match", "CONTAINS_ANY");
        rule.put("allowedValues", List.of("Thạc sĩ", "Tiến sĩ"));
        rule.put("fixCategory", "DEGREE");
        rule.put("fixLevel", "MASTER");
        rule.put("fixTitle", "Đào tạo trình độ thạc sĩ");
        assertThat(api().as("chuyenvien").postJson("/api/v1/standard-rules", rule).status()).isEqualTo(403);
        var created = api().as("chanhvp").postJson("/api/v1/standard-rules", rule);
        assertThat(created.status()).isEqualTo(201);
        long ruleId = created.json().get("id").asLong();
        assertThat(created.json().get("condition").asString()).isEqualTo("Viên chức, hạng I");
        assertThat(api().as("chanhvp").postJson("/api/v1/standard-rules", rule).status()).isEqualTo(400);

        Map<String, Object> vc = staffData(archive, "Lương Thị Hạng Nhất", null, false, null, null);
        vc.put("category", "PUBLIC_EMPLOYEE");
        vc.put("professionalTitle", "Lưu trữ viên cao cấp");
        vc.put("titleRank", "I");
        vc.put("position", "Lưu trữ viên");
        long id = createStaff(vc);
        List<JsonNode> mine = of(api().as("chanhvp").get("/api/v1/units/" + archive + "/findings").json(), id);
        assertThat(mine).extracting(f -> f.get("ruleCode").asString()).containsExactly(code);
        assertThat(mine.get(0).get("current").asString()).isEqualTo("Đại học Luật");
        assertThat(mine.get(0).get("suggestedLevel").asString()).isEqualTo("MASTER");

        assertThat(api().as("chanhvp").postJson("/api/v1/standard-rules/" + ruleId + "/deactivate", "{}").status())
                .isEqualTo(200);
        assertThat(of(api().as("chanhvp").get("/api/v1/units/" + archive + "/findings").json(), id)).isEmpty();
        assertThat(api().as("chanhvp").postJson("/api/v1/standard-rules/" + ruleId + "/deactivate", "{}").status())
                .isEqualTo(409);
        var trail = api().as("chanhvp").get("/api/v1/audit?type=competency&id=rule:" + ruleId).json().get("items");
        assertThat(trail.get(0).get("action").asString()).isEqualTo("DEACTIVATE");
        assertThat(trail.get(1).get("action").asString()).isEqualTo("CREATE");

        Map<String, Object> bad = new java.util.HashMap<>(rule);
        bad.put("code", CompetencyFixtures.uniqueCode("BAD-"));
        bad.put("allowedValues", List.of());
        bad.put("fixLevel", "ADVANCED");
        bad.put("fixTitle", "");
        var r = api().as("chanhvp").postJson("/api/v1/standard-rules", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").toString()).contains("fixTitle").doesNotContain("\"code\"");
        bad.put("fixTitle", "Đào tạo");
        var r2 = api().as("chanhvp").postJson("/api/v1/standard-rules", bad);
        assertThat(r2.json().get("errors").toString()).contains("allowedValues").contains("fixLevel");
        bad.put("field", "SHOE_SIZE");
        assertThat(api().as("chanhvp").postJson("/api/v1/standard-rules", bad).status()).isEqualTo(400);
    }

    @Test
    void whoMaySeeTheAnalysis() {
        long cchc = unitId(api().as("admin"), "CCHC");
        long xdcq = unitId(api().as("admin"), "XDCQ");
        assertThat(api().as("chuyenvien").get("/api/v1/units/" + cchc + "/findings").status()).isEqualTo(200);
        assertThat(api().as("giamdoc").get("/api/v1/units/" + cchc + "/findings").status()).isEqualTo(200);
        assertThat(api().as("tp.cchc").get("/api/v1/units/" + cchc + "/findings").status()).isEqualTo(200);
        assertThat(api().as("tp.cchc").get("/api/v1/units/" + xdcq + "/findings").status()).isEqualTo(404);
        assertThat(api().as("nhanvien").get("/api/v1/units/" + cchc + "/findings").status()).isEqualTo(403);
        assertThat(api().as("admin").get("/api/v1/units/" + cchc + "/findings").status()).isEqualTo(403);
        // a unit head's agency-wide list is their own unit (the demo unit has findings)
        JsonNode headsFindings = api().as("tp.cchc").get("/api/v1/competency-findings").json();
        assertThat(headsFindings.size()).isPositive();
        headsFindings.forEach(f -> assertThat(f.get("unitId").asLong()).isEqualTo(cchc));
    }

    @Test
    void aGapBecomesASuggestedNeedInTheUnitScope() {
        long cchc = unitId(api().as("admin"), "CCHC");
        JsonNode m = api().as("tp.cchc").get("/api/v1/units/" + cchc + "/competency-gaps").json();
        long staffId = -1;
        long competencyId = -1;
        for (JsonNode s : m.get("staff")) {
            for (JsonNode g : s.get("gaps")) {
                if (g.get("gap").asInt() > 0 && staffId < 0) {
                    staffId = s.get("staffId").asLong();
                    competencyId = g.get("competencyId").asLong();
                }
            }
        }
        assertThat(staffId).isPositive();
        String path = "/api/v1/need-suggestions?staffId=" + staffId + "&competencyId=" + competencyId;
        var s = api().as("tp.cchc").get(path);
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.json().get("unitId").asLong()).isEqualTo(cchc);
        assertThat(s.json().get("title").asString()).startsWith("Bồi dưỡng ");
        assertThat(s.json().get("category").asString()).isNotBlank();
        assertThat(s.json().get("rationale").asString()).contains("yêu cầu mức");
        assertThat(api().as("tp.tccb").get(path).status()).isEqualTo(404);
        assertThat(api().as("nhanvien").get(path).status()).isEqualTo(403);
        assertThat(api().as("tp.cchc").get("/api/v1/need-suggestions?staffId=" + staffId).status()).isEqualTo(400);
    }
}
