package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.competency.CompetencyFixtures.competency;
import static vn.boiduong.competency.CompetencyFixtures.uniqueCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** The catalogue: everyone reads it, the Office and the administrator edit it, with audit and field errors. */
class CompetencyCatalogueApiIT extends HttpTest {

    @Test
    void everyoneSignedInReadsTheDemoCatalogueInTwoGroups() {
        var r = api().as("nhanvien").get("/api/v1/competencies");
        assertThat(r.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        r.json().forEach(c -> {
            names.add(c.get("name").asString());
            groups.add(c.get("group").asString());
        });
        assertThat(names).contains("Kiến thức quản lý nhà nước", "Lý luận chính trị", "Soạn thảo văn bản hành chính",
                "Kỹ năng số", "Ngoại ngữ", "Đạo đức công vụ", "Kỹ năng giao tiếp, ứng xử", "Cải cách hành chính",
                "Quản lý, lãnh đạo");
        assertThat(names.size()).isGreaterThanOrEqualTo(20);
        assertThat(groups).contains("KNOWLEDGE", "SKILLS_ETHICS");
        JsonNode first = r.json().get(0);
        assertThat(first.get("levels").size()).isEqualTo(5);
        assertThat(first.get("groupLabel").asString()).startsWith("Năng lực về");
        assertThat(api().get("/api/v1/competencies").status()).isEqualTo(401);
    }

    @Test
    void officeCreatesAndEditsWithAuditUnitHeadAndDirectorMayNot() {
        String code = uniqueCode("T-");
        var created = api().as("chuyenvien").postJson("/api/v1/competencies",
                competency(code, "Kỹ năng quản lý hồ sơ điện tử", "SKILLS_ETHICS"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("trainings").get(0).get("categoryLabel").asString())
                .isEqualTo("Tin học, kỹ năng số");

        Map<String, Object> changed = competency(code, "Kỹ năng quản lý hồ sơ, tài liệu điện tử", "SKILLS_ETHICS");
        changed.put("trainings", List.of(Map.of("category", "STATE_MANAGEMENT", "level", "PRINCIPAL")));
        var updated = api().as("chanhvp").putJson("/api/v1/competencies/" + id,
                Map.of("version", created.json().get("version").asLong(), "data", changed));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo("Kỹ năng quản lý hồ sơ, tài liệu điện tử");
        assertThat(updated.json().get("trainings").get(0).get("levelLabel").asString()).isEqualTo("CVC");
        var stale = api().as("chuyenvien").putJson("/api/v1/competencies/" + id,
                Map.of("version", created.json().get("version").asLong(), "data", changed));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(api().as("tp.cchc").postJson("/api/v1/competencies", competency(uniqueCode("U-"), "Cấm", "KNOWLEDGE"))
                .status()).isEqualTo(403);
        assertThat(api().as("tp.cchc").putJson("/api/v1/competencies/" + id, Map.of("data", changed)).status())
                .isEqualTo(403);
        assertThat(api().as("giamdoc").postJson("/api/v1/competencies", competency(uniqueCode("G-"), "Cấm",
                "KNOWLEDGE")).status()).isEqualTo(403);
        assertThat(api().as("nhanvien").postJson("/api/v1/competencies/" + id + "/deactivate", "{}").status())
                .isEqualTo(403);
        assertThat(api().as("admin").postJson("/api/v1/competencies/" + id + "/deactivate", "{}").status())
                .isEqualTo(200);
        assertThat(api().as("admin").postJson("/api/v1/competencies/" + id + "/deactivate", "{}").status())
                .isEqualTo(409);

        var trail = api().as("chanhvp").get("/api/v1/audit?type=competency&id=" + id);
        List<String> actions = new ArrayList<>();
        trail.json().get("items").forEach(a -> actions.add(a.get("action").asString() + "/" + a.get("actor").asString()));
        assertThat(actions).containsExactly("DEACTIVATE/admin", "UPDATE/chanhvp", "CREATE/chuyenvien");
        assertThat(trail.json().get("items").get(1).get("detail").asString()).contains("tên:").contains("CVC");
    }

    @Test
    void badInputIs400WithVietnameseFieldErrors() {
        Map<String, Object> bad = competency("mã có dấu", "", null);
        bad.put("levels", List.of("Biết", " ", "Vận dụng", "Thành thạo"));
        bad.put("trainings", List.of(Map.of("category", "POLITICAL_THEORY", "level", "PRINCIPAL"),
                Map.of("category", "DIGITAL", "level", "BACHELOR")));
        var r = api().as("chuyenvien").postJson("/api/v1/competencies", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> errors = new java.util.HashMap<>();
        r.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(errors).containsKeys("code", "name", "group", "levels", "trainings[0].level", "trainings[1].level");
        assertThat(errors.get("name")).isEqualTo("Tên năng lực là bắt buộc.");
        assertThat(errors.get("trainings[0].level")).contains("Lý luận chính trị").contains("INTERMEDIATE");
        assertThat(errors.get("trainings[1].level")).contains("không có cấp độ");

        Map<String, Object> blankLevel = competency(uniqueCode("B-"), "Thử", "KNOWLEDGE");
        blankLevel.put("levels", List.of("Biết", "", "Vận dụng", "Thành thạo", "Chuyên gia"));
        var b = api().as("chuyenvien").postJson("/api/v1/competencies", blankLevel);
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.json().get("errors").get(0).get("field").asString()).isEqualTo("levels[1]");

        assertThat(api().as("chuyenvien").postJson("/api/v1/competencies", "{not json").status()).isEqualTo(400);
        Map<String, Object> alien = competency(uniqueCode("A-"), "Thử", "KNOWLEDGE");
        alien.put("trainings", List.of(Map.of("category", "ASTROLOGY")));
        assertThat(api().as("chuyenvien").postJson("/api/v1/competencies", alien).status()).isEqualTo(400);
        Map<String, Object> longName = competency(uniqueCode("L-"), "A".repeat(201), "KNOWLEDGE");
        assertThat(api().as("chuyenvien").postJson("/api/v1/competencies", longName).status()).isEqualTo(400);
        var duplicate = api().as("chuyenvien").postJson("/api/v1/competencies",
                competency("KT-QLNN", "Trùng mã", "KNOWLEDGE"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("message").asString()).contains("đã tồn tại");
        assertThat(api().as("chuyenvien").get("/api/v1/competencies/999999").status()).isEqualTo(404);
        long someId = api().as("chuyenvien").get("/api/v1/competencies").json().get(0).get("id").asLong();
        var noData = api().as("chuyenvien").putJson("/api/v1/competencies/" + someId, "{\"version\": 0}");
        assertThat(noData.status()).isEqualTo(400);
        assertThat(api().as("tp.cchc").putJson("/api/v1/competencies/" + someId, "{}").status()).isEqualTo(403);
        assertThat(api().as("chuyenvien").get("/api/v1/competencies/abc").status()).isEqualTo(400);
    }

    @Test
    void requirementsPerJobPositionGradeOrTitleFeedTheGaps() {
        String code = uniqueCode("R-");
        long id = api().as("chuyenvien").postJson("/api/v1/competencies", competency(code, "Kỹ năng thử yêu cầu",
                "KNOWLEDGE")).json().get("id").asLong();
        long specialist = -1;
        for (JsonNode p : api().as("chuyenvien").get("/api/v1/job-positions").json()) {
            if (p.get("name").asString().equals("Chuyên viên")) {
                specialist = p.get("id").asLong();
            }
        }
        assertThat(specialist).isPositive();
        String path = "/api/v1/competencies/" + id + "/requirements";
        var added = api().as("chuyenvien").postJson(path, Map.of("jobPositionId", specialist, "level", 4));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("target").asString()).isEqualTo("JOB_POSITION");
        assertThat(added.json().get("targetName").asString()).isEqualTo("Chuyên viên");
        assertThat(api().as("chuyenvien").postJson(path, Map.of("gradeCode", "01.004", "level", 2)).status())
                .isEqualTo(201);
        var both = api().as("chuyenvien").postJson(path, Map.of("jobPositionId", specialist, "gradeCode", "01.003",
                "level", 3));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asString()).isEqualTo("target");
        var dup = api().as("chuyenvien").postJson(path, Map.of("jobPositionId", specialist, "level", 2));
        assertThat(dup.status()).isEqualTo(400);
        var level = api().as("chuyenvien").postJson(path, Map.of("gradeCode", "01.003", "level", 7));
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
        assertThat(api().as("tp.cchc").postJson(path, Map.of("gradeCode", "01.003", "level", 3)).status())
                .isEqualTo(403);

        // every Chuyên viên of the unit now has a gap of 4 in it (nobody has been assessed)
        long cchc = CompetencyFixtures.unitId(api().as("admin"), "CCHC");
        JsonNode m = api().as("tp.cchc").get("/api/v1/units/" + cchc + "/competency-gaps").json();
        boolean column = false;
        for (JsonNode c : m.get("competencies")) {
            column |= c.get("id").asLong() == id;
        }
        assertThat(column).isTrue();
        int seen = 0;
        for (JsonNode s : m.get("staff")) {
            if ("Chuyên viên".equals(s.get("position").asString())) {
                JsonNode g = CompetencyGapsApiIT.gapOf(m, s.get("staffId").asLong(), id);
                assertThat(g.get("required").asInt()).isEqualTo(4);
                assertThat(g.get("current").isNull()).isTrue();
                assertThat(g.get("gap").asInt()).isEqualTo(4);
                seen++;
            }
        }
        assertThat(seen).isPositive();

        long requirementId = added.json().get("id").asLong();
        assertThat(api().as("tp.cchc").get(path).status()).isEqualTo(200);
        assertThat(api().as("chuyenvien").delete("/api/v1/competency-requirements/" + requirementId)
                .status()).isEqualTo(204);
        assertThat(api().as("chuyenvien").get(path).json().size()).isEqualTo(1);
    }

    @Test
    void jobPositionsAreAddedByTheOfficeOnce() {
        String name = "Chuyên viên thử " + uniqueCode("");
        var r = api().as("chuyenvien").postJson("/api/v1/job-positions", Map.of("name", name));
        assertThat(r.status()).isEqualTo(201);
        var again = api().as("chanhvp").postJson("/api/v1/job-positions", Map.of("name", name.toUpperCase()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(api().as("chuyenvien").postJson("/api/v1/job-positions", Map.of("name", " ")).status())
                .isEqualTo(400);
        assertThat(api().as("tp.cchc").postJson("/api/v1/job-positions", Map.of("name", "Cấm")).status())
                .isEqualTo(403);
    }
}
