package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.competency.CompetencyFixtures.staffData;
import static vn.boiduong.competency.CompetencyFixtures.unitId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The standards of the organisational analysis edited on a page: a standard the Office Chief adds
 * produces findings at once, an edit changes them, bad input is shown beside the fields, and only
 * the Office Chief and the administrator may do it (page and API alike).
 */
class StandardRulePagesIT extends HttpTest {

    private long createStaff(String name, String itLevel) {
        long xdcq = unitId(api().as("admin"), "XDCQ");
        Map<String, Object> data = staffData(xdcq, name, "01.003", false, "CV", null);
        data.put("itLevel", itLevel);
        var r = api().as("chuyenvien").postJson("/api/v1/staff", Map.of("code", CompetencyFixtures.uniqueCode("SR"),
                "data", data));
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static Map<String, String> ruleForm(String code) {
        Map<String, String> f = new HashMap<>();
        f.put("code", code);
        f.put("name", "Chuyên viên phải có chứng chỉ tin học nâng cao");
        f.put("legalBasis", "Quy định thử nghiệm của Sở");
        f.put("condCategory", "CIVIL_SERVANT");
        f.put("condGradeCode", "01.003");
        f.put("condLeader", "");
        f.put("condTitleRank", "");
        f.put("field", "IT_LEVEL");
        f.put("match", "CONTAINS_ANY");
        f.put("allowedValues", "nâng cao\r\nĐại học CNTT");
        f.put("fix", "DIGITAL");
        f.put("fixTitle", "Bồi dưỡng kỹ năng ứng dụng CNTT nâng cao");
        return f;
    }

    private long ruleId(String code) {
        for (JsonNode r : api().as("chanhvp").get("/api/v1/standard-rules").json()) {
            if (r.get("code").asString().equals(code)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no standard " + code);
    }

    private List<String> rulesFoundFor(long staffId) {
        List<String> out = new java.util.ArrayList<>();
        api().as("chanhvp").get("/api/v1/competency-findings").json().forEach(f -> {
            if (f.get("staffId").asLong() == staffId) {
                out.add(f.get("ruleCode").asString());
            }
        });
        return out;
    }

    @Test
    void aStandardTheChiefAddsOnThePageProducesANewFindingAndAnEditRemovesIt() {
        long person = createStaff("Đinh Thị Tin Học", "Chứng chỉ ứng dụng CNTT cơ bản");
        String code = CompetencyFixtures.uniqueCode("TH-NC-");
        assertThat(rulesFoundFor(person)).doesNotContain(code);

        Api chief = new Api(baseUrl()).signedIn("chanhvp");
        assertThat(chief.get("/competencies/analysis").body()).contains("/competencies/analysis/rules/new");
        assertThat(chief.get("/competencies/analysis/rules/new").status()).isEqualTo(200);
        var saved = chief.postForm("/competencies/analysis/rules/new", ruleForm(code));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).contains("/competencies/analysis");

        // the finding is there at once, on the page and in the API, naming the standard
        String page = chief.get("/competencies/analysis").body();
        assertThat(page).contains("data-rule=\"" + code + "\"").contains("Đinh Thị Tin Học")
                .contains("Bồi dưỡng kỹ năng ứng dụng CNTT nâng cao");
        assertThat(rulesFoundFor(person)).contains(code);
        JsonNode rule = api().as("chanhvp").get("/api/v1/standard-rules/" + ruleId(code)).json();
        assertThat(rule.get("condition").asString()).isEqualTo("Công chức, ngạch 01.003");
        assertThat(rule.get("allowedValues").toString()).contains("nâng cao").contains("Đại học CNTT");

        // the edit form shows the standard; accepting "cơ bản" too clears the finding
        long id = ruleId(code);
        String form = chief.get("/competencies/analysis/rules/" + id + "/edit").body();
        assertThat(form).contains("value=\"" + code + "\"").contains("readonly").contains("Đại học CNTT");
        Map<String, String> edit = ruleForm(code);
        edit.put("allowedValues", "nâng cao\ncơ bản");
        edit.put("version", String.valueOf(rule.get("version").asLong()));
        assertThat(chief.postForm("/competencies/analysis/rules/" + id + "/edit", edit).status()).isEqualTo(302);
        assertThat(rulesFoundFor(person)).doesNotContain(code);

        // an edit from a stale form is refused with a reason, not silently applied
        edit.put("allowedValues", "tiến sĩ");
        var stale = chief.postForm("/competencies/analysis/rules/" + id + "/edit", edit);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("đã được người khác sửa");
        assertThat(rulesFoundFor(person)).doesNotContain(code);

        var trail = api().as("chanhvp").get("/api/v1/audit?type=competency&id=rule:" + id).json().get("items");
        assertThat(trail.get(0).get("action").asString()).isEqualTo("UPDATE");
        assertThat(trail.get(0).get("detail").asString()).contains("Trước:").contains("nâng cao hoặc Đại học CNTT")
                .contains("Sau:").contains("cơ bản");
        assertThat(trail.get(1).get("action").asString()).isEqualTo("CREATE");
        assertThat(trail.get(1).get("actor").asString()).isEqualTo("chanhvp");
    }

    @Test
    void badStandardsAreShownAgainWithVietnameseMessagesBesideTheFields() {
        Api chief = new Api(baseUrl()).signedIn("chanhvp");
        Map<String, String> bad = ruleForm("QLNN-CV");
        bad.put("name", "");
        bad.put("condGradeCode", "99.999");
        var r = chief.postForm("/competencies/analysis/rules/new", bad);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Biểu mẫu có lỗi").contains("Tên tiêu chuẩn là bắt buộc.")
                .contains("Mã ngạch phải là một trong 01.001–01.005.")
                .containsPattern("id=\"name\"[^>]*is-invalid|is-invalid[^>]*id=\"name\"");

        Map<String, String> bad2 = ruleForm("QLNN-CV");
        bad2.put("allowedValues", "  \n ");
        bad2.put("fix", "DIGITAL:MASTER");
        var r2 = chief.postForm("/competencies/analysis/rules/new", bad2);
        assertThat(r2.status()).isEqualTo(200);
        assertThat(r2.body()).contains("Mã tiêu chuẩn &#39;QLNN-CV&#39; đã tồn tại.")
                .contains("Hãy nêu ít nhất một giá trị đạt chuẩn.").contains("id=\"fix-err\"");

        Map<String, String> bad3 = ruleForm(CompetencyFixtures.uniqueCode("X-"));
        bad3.put("field", "SHOE_SIZE");
        var r3 = chief.postForm("/competencies/analysis/rules/new", bad3);
        assertThat(r3.status()).isEqualTo(200);
        assertThat(r3.body()).contains("Giá trị sai kiểu dữ liệu.");
    }

    @Test
    void onlyTheChiefAndTheAdministratorEditStandards() {
        String code = CompetencyFixtures.uniqueCode("CAM-");
        for (String user : new String[] {"nhanvien", "chuyenvien", "tp.cchc", "giamdoc"}) {
            Api someone = new Api(baseUrl()).signedIn(user);
            assertThat(someone.get("/competencies/analysis/rules/new").status()).as(user).isEqualTo(403);
            assertThat(someone.postForm("/competencies/analysis/rules/new", ruleForm(code)).status()).as(user)
                    .isEqualTo(403);
        }
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/competencies/analysis").body())
                .doesNotContain("/competencies/analysis/rules/new");
        long qlnn = ruleId("QLNN-CV");
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/competencies/analysis/rules/" + qlnn + "/edit")
                .status()).isEqualTo(403);

        // the administrator: the standards without the findings, and the form
        Api admin = new Api(baseUrl()).signedIn("admin");
        var list = admin.get("/competencies/analysis");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("QLNN-CV").doesNotContain("id=\"findings\"");
        assertThat(admin.postForm("/competencies/analysis/rules/new", ruleForm(code)).status()).isEqualTo(302);
        assertThat(api().as("admin").get("/api/v1/standard-rules/" + ruleId(code)).json().get("name").asString())
                .isEqualTo("Chuyên viên phải có chứng chỉ tin học nâng cao");
    }

    @Test
    void theApiEditsAStandardWithItsVersion() {
        String code = CompetencyFixtures.uniqueCode("API-");
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", "Người lao động phải có thông tin ngoại ngữ");
        data.put("condCategory", "WORKER");
        data.put("field", "FOREIGN_LANGUAGE");
        data.put("match", "PRESENT");
        data.put("fixCategory", "FOREIGN_LANGUAGE");
        data.put("fixTitle", "Bồi dưỡng ngoại ngữ");
        var created = api().as("chanhvp").postJson("/api/v1/standard-rules", data);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();

        data.put("name", "Người lao động phải có trình độ ngoại ngữ");
        assertThat(api().as("chuyenvien").putJson("/api/v1/standard-rules/" + id,
                Map.of("version", version, "data", data)).status()).isEqualTo(403);
        var changed = api().as("chanhvp").putJson("/api/v1/standard-rules/" + id, Map.of("version", version,
                "data", data));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Người lao động phải có trình độ ngoại ngữ");
        assertThat(changed.json().get("version").asLong()).isGreaterThan(version);

        assertThat(api().as("chanhvp").putJson("/api/v1/standard-rules/" + id, Map.of("version", version,
                "data", data)).status()).isEqualTo(409);
        Map<String, Object> renamed = new HashMap<>(data);
        renamed.put("code", code + "X");
        var r = api().as("chanhvp").putJson("/api/v1/standard-rules/" + id, Map.of("data", renamed));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(api().as("chanhvp").putJson("/api/v1/standard-rules/999999999", Map.of("data", data)).status())
                .isEqualTo(404);
        assertThat(api().as("chanhvp").putJson("/api/v1/standard-rules/" + id, "{\"version\": 1}").status())
                .isEqualTo(400);
    }
}
