package vn.boiduong.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.planning.Plans;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * Forms 2a/2b count the people a need names as what they are, and the admin's edited definition of
 * a form changes the form the Office downloads; a wrong definition is refused with its reasons.
 */
class PlanFormDefinitionsIT extends HttpTest {

    static final String XLSX = PlanFormsIT.XLSX;

    private long approvedPlanServing(int year, long needId, int headcount) {
        return approvedPlanServing(year, needId, headcount, false);
    }

    private long approvedPlanServing(int year, long needId, int headcount, boolean abroad) {
        long id = Plans.open(api().as("chanhvp"), year).get("id").asLong();
        var item = Plans.item("Bồi dưỡng QLNN ngạch chuyên viên", "STATE_MANAGEMENT", "SPECIALIST", headcount,
                30_000_000L);
        item.put("needIds", List.of(needId));
        item.put("abroad", abroad);
        Plans.addItem(api().as("chanhvp"), id, item);
        JsonNode saved = api().as("chanhvp").get("/api/v1/plans/" + id).json().get("items").get(0);
        assertThat(saved.get("abroad").asBoolean()).isEqualTo(abroad);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        var r = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "12/QĐ-SNV", "decisionDate", year + "-01-18"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    private static JsonNode rowAfter(JsonNode rows, String unitName, int offset) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("cells").get(1).asString().equals(unitName)) {
                return rows.get(i + offset);
            }
        }
        throw new AssertionError("no row for " + unitName + " in " + rows);
    }

    @Test
    void peopleANeedNamesAreCountedAsWhatTheyAreOnForms2aAnd2b() {
        int year = 2085;
        long cchc = NeedFixtures.unitId(api(), "CCHC");
        JsonNode staff = api().as("chuyenvien").get("/api/v1/staff?unitId=" + cchc + "&size=100").json().get("items");
        List<Long> named = new ArrayList<>();
        int civilServants = 0;
        int leaders = 0;
        int publicEmployees = 0;
        for (JsonNode s : staff) {
            String category = s.get("category").asString();
            if ((category.equals("CIVIL_SERVANT") && civilServants < 2) || (category.equals("PUBLIC_EMPLOYEE")
                    && publicEmployees < 1)) {
                named.add(s.get("id").asLong());
                civilServants += category.equals("CIVIL_SERVANT") ? 1 : 0;
                publicEmployees += category.equals("PUBLIC_EMPLOYEE") ? 1 : 0;
                leaders += category.equals("CIVIL_SERVANT") && s.get("leader").asBoolean() ? 1 : 0;
            }
        }
        assertThat(civilServants).as("demo unit CCHC has civil servants").isEqualTo(2);
        long need = NeedFixtures.accepted(api(), "tp.cchc", NeedFixtures.with(
                NeedFixtures.need(cchc, NeedFixtures.uniqueTitle("QLNN ngạch chuyên viên")), "year", year,
                "category", "STATE_MANAGEMENT", "level", "SPECIALIST", "staffIds", named));
        approvedPlanServing(year, need, named.size(), true);

        JsonNode a = api().as("chanhvp").get("/api/v1/reports/2a?year=" + year, "application/json").json();
        List<String> leafs = new ArrayList<>();
        a.get("leafColumns").forEach(c -> leafs.add(c.asString()));
        int cv = leafs.indexOf("CV");
        JsonNode rows = a.get("rows");
        String unit = "Phòng Cải cách hành chính";
        assertThat(rowAfter(rows, unit, 0).get("cells").get(2).asInt()).isEqualTo(civilServants);
        assertThat(rowAfter(rows, unit, 0).get("cells").get(cv).asInt()).isEqualTo(civilServants);
        assertThat(rowAfter(rows, unit, 0).get("cells").get(leafs.indexOf("Ở nước ngoài")).asInt())
                .isEqualTo(civilServants);
        assertThat(rowAfter(rows, unit, 1).get("cells").get(1).asString()).isEqualTo("Cán bộ");
        assertThat(rowAfter(rows, unit, 1).get("cells").get(2).asInt()).isZero();
        assertThat(rowAfter(rows, unit, 2).get("cells").get(2).asInt()).isEqualTo(civilServants);
        assertThat(rowAfter(rows, unit, 3).get("cells").get(2).asInt()).isEqualTo(leaders);
        assertThat(PlanFormsIT.total(a)).isEqualTo(civilServants);
        assertThat(a.get("notes").toString()).contains("phân bổ theo cơ cấu");

        JsonNode b = api().as("chanhvp").get("/api/v1/reports/2b?year=" + year, "application/json").json();
        assertThat(PlanFormsIT.total(b)).isEqualTo(publicEmployees);
        // money follows the people: 30 million over 3 people, 2 on 2a and 1 on 2b
        int local = leafs.indexOf("Địa phương");
        assertThat(rowAfter(rows, unit, 0).get("cells").get(local).asDouble())
                .isEqualTo(civilServants * 30.0 / named.size());
    }

    @Test
    void theAdminsEditedDefinitionChangesForm2cAndResetBringsTheShippedOneBack() throws Exception {
        int year = 2084;
        long cchc = NeedFixtures.unitId(api(), "CCHC");
        long need = NeedFixtures.accepted(api(), "tp.cchc", NeedFixtures.with(
                NeedFixtures.need(cchc, NeedFixtures.uniqueTitle("Kỹ năng số")), "year", year, "headcount", 4));
        approvedPlanServing(year, need, 4);
        Api admin = api().as("admin");
        JsonNode current = admin.get("/api/v1/forms/2c/definition").json();
        assertThat(current.get("edited").asBoolean()).isFalse();
        ObjectNode def = (ObjectNode) current.get("definition");
        ArrayNode columns = (ArrayNode) def.get("columns");
        ArrayNode kept = columns.arrayNode();
        for (JsonNode c : columns) {
            if (c.get("label").asString().equals("Giảng viên")) {
                continue;
            }
            if (c.get("label").asString().equals("Tên lớp / nội dung")) {
                ((ObjectNode) c).put("label", "Nội dung bồi dưỡng (theo Công văn 2026)");
            }
            kept.add(c);
        }
        def.set("columns", kept);
        try {
            var saved = admin.putJson("/api/v1/forms/2c/definition?version=0", def.toString());
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.json().get("edited").asBoolean()).isTrue();
            assertThat(saved.json().get("updatedBy").asString()).isEqualTo("admin");

            List<String> header = new ArrayList<>();
            var x = api().as("chuyenvien").get("/api/v1/reports/2c?year=" + year, XLSX);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
                for (Row row : wb.getSheetAt(0)) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            header.add(c.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(header).contains("Nội dung bồi dưỡng (theo Công văn 2026)", "Đơn vị đề xuất")
                    .doesNotContain("Giảng viên", "Tên lớp / nội dung");
            // a second admin who read version 0 does not overwrite the first
            assertThat(admin.putJson("/api/v1/forms/2c/definition?version=0", def.toString()).status()).isEqualTo(409);
            assertThat(api().as("chanhvp").putJson("/api/v1/forms/2c/definition", def.toString()).status())
                    .isEqualTo(403);
            var audit = admin.get("/api/v1/audit?type=form&id=2c").json();
            assertThat(audit.toString()).contains("Sửa định nghĩa biểu 2c");
        } finally {
            assertThat(admin.delete("/api/v1/forms/2c/definition").status()).isEqualTo(200);
        }
        assertThat(admin.get("/api/v1/forms/2c/definition").json().get("edited").asBoolean()).isFalse();
        JsonNode json = api().as("chanhvp").get("/api/v1/reports/2c?year=" + year, "application/json").json();
        assertThat(json.get("leafColumns").toString()).contains("Giảng viên", "Tên lớp / nội dung");
    }

    @Test
    void aWrongDefinitionIsRefusedWithItsReasonsAndNothingChanges() {
        Api admin = api().as("admin");
        JsonNode def = admin.get("/api/v1/forms/2a/definition").json().get("definition");
        String badCategory = def.toString().replace("\"DIGITAL\"", "\"ASTROLOGY\"");
        var r = admin.putJson("/api/v1/forms/2a/definition", badCategory);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"ASTROLOGY\\\" không có", "definition");

        var typo = admin.putJson("/api/v1/forms/2a/definition", def.toString().replace("\"columns\"", "\"colums\""));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body()).contains("JSON không hợp lệ").contains("colums");

        var kind = admin.putJson("/api/v1/forms/2a/definition", def.toString().replace("\"COUNT\"", "\"LIST\""));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("Không được đổi loại biểu 2a");

        assertThat(admin.putJson("/api/v1/forms/1z/definition", def.toString()).status()).isEqualTo(404);
        assertThat(api().as("nhanvien").get("/api/v1/forms/2a/definition").status()).isEqualTo(403);
        assertThat(api().as("giamdoc").get("/api/v1/forms/2a/definition").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/forms/2a/definition").json().get("edited").asBoolean()).isFalse();
    }

    @Test
    void theAdminEditsOnThePageAndSeesTheReasonsBesideTheTextAsTyped() {
        Api admin = api().signedIn("admin");
        var list = admin.get("/admin/forms");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Biểu số 2a", "Biểu số 2c", "Mẫu mặc định");
        var page = admin.get("/admin/forms/2b");
        assertThat(page.body()).contains("Theo tiêu chuẩn chức danh nghề nghiệp");
        admin.refreshCsrf("/admin/forms/2b");
        String typed = "{\"kind\": \"COUNT\", \"sheetName\": \"Biểu 2b\", \"title\": [\"<script>alert(1)</script>\"],"
                + " \"people\": [\"VC\"], \"columns\": [{\"label\": \"Tổng\", \"measure\": \"HEADCOUNT\", \"category\": \"FOO\"}]}";
        var refused = admin.postForm("/admin/forms/2b", Map.of("definition", typed, "version", "0"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Biểu mẫu có lỗi", "loại đào tạo &quot;FOO&quot; không có")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(api().as("admin").get("/api/v1/forms/2b/definition").json().get("edited").asBoolean()).isFalse();
        assertThat(api().signedIn("chanhvp").get("/admin/forms").status()).isEqualTo(403);
    }
}
