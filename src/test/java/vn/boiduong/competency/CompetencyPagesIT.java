package vn.boiduong.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.competency.CompetencyFixtures.unitId;
import static vn.boiduong.competency.CompetencyFixtures.uniqueCode;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The B1 pages per role and unit, the catalogue form's errors beside the fields, and escaping. */
class CompetencyPagesIT extends HttpTest {

    private Map<String, String> form(String code, String name) {
        Map<String, String> f = new HashMap<>();
        f.put("code", code);
        f.put("name", name);
        f.put("group", "SKILLS_ETHICS");
        f.put("description", "Mô tả");
        for (int i = 0; i < 5; i++) {
            f.put("levels[" + i + "]", "Mức " + (i + 1) + " mô tả");
        }
        f.put("trainings[0]", "");
        f.put("trainings[1]", "POLITICAL_THEORY:INTERMEDIATE");
        return f;
    }

    @Test
    void catalogueIsReadByEveryoneAndEditedByTheOffice() {
        for (String user : new String[] {"nhanvien", "tp.cchc", "giamdoc", "chuyenvien", "admin"}) {
            var r = new Api(baseUrl()).signedIn(user).get("/competencies");
            assertThat(r.status()).as(user).isEqualTo(200);
            assertThat(r.body()).contains("Danh mục năng lực")
                    .contains("Năng lực về đào tạo, chuyên môn, nghiệp vụ, kiến thức bổ trợ")
                    .contains("Năng lực về kỹ năng thi hành công vụ, đạo đức công chức").contains("Kỹ năng số");
        }
        assertThat(new Api(baseUrl()).signedIn("nhanvien").get("/competencies").body()).doesNotContain("/competencies/new");
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/competencies").body()).contains("/competencies/new");
        var refused = new Api(baseUrl()).signedIn("tp.cchc").get("/competencies/new");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Bạn không có quyền truy cập trang này");
        assertThat(new Api(baseUrl()).signedIn("tp.cchc").postForm("/competencies/new", form("X1", "Cấm")).status())
                .isEqualTo(403);
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/competencies/new").status()).isEqualTo(200);
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/competencies/positions").body())
                .contains("Lưu trữ viên");
    }

    @Test
    void badFormIsShownAgainWithMessagesBesideTheFields() {
        Api office = new Api(baseUrl()).signedIn("chuyenvien");
        Map<String, String> bad = form(uniqueCode("F-"), "");
        bad.put("levels[2]", "");
        bad.put("trainings[1]", "DIGITAL:MASTER");
        var r = office.postForm("/competencies/new", bad);
        assertThat(r.status()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("Biểu mẫu có lỗi").contains("is-invalid");
        assertThat(between(html, "id=\"name-err\"")).contains("Tên năng lực là bắt buộc.");
        assertThat(between(html, "id=\"levels2-err\"")).contains("Hãy mô tả mức 3.");
        assertThat(between(html, "id=\"trainings1-err\"")).contains("không có cấp độ");
    }

    @Test
    void formSavesAndEscapesTextThenShowsRequirements() {
        Api office = new Api(baseUrl()).signedIn("chuyenvien");
        String code = uniqueCode("E-");
        var r = office.postForm("/competencies/new", form(code, "Kỹ năng <script>alert(1)</script> mới"));
        assertThat(r.status()).isEqualTo(302);
        String location = r.header("Location");
        assertThat(location).matches(".*/competencies/\\d+$");
        String path = location.substring(location.indexOf("/competencies/"));
        var page = office.get(path);
        assertThat(page.body()).contains("Kỹ năng &lt;script&gt;alert(1)&lt;/script&gt; mới")
                .doesNotContain("<script>alert(1)</script>").contains("Lý luận chính trị — Trung cấp")
                .contains("Đã lưu");

        var req = office.postForm(path + "/requirements", Map.of("target", "GRADE", "gradeCode", "01.003",
                "level", "4"));
        assertThat(req.status()).isEqualTo(302);
        assertThat(office.get(path).body()).contains("01.003 — Chuyên viên");
        var badReq = office.postForm(path + "/requirements", Map.of("target", "TITLE", "professionalTitle", "",
                "level", "4"));
        assertThat(badReq.status()).isEqualTo(200);
        assertThat(badReq.body()).contains("Chọn đúng một đối tượng yêu cầu");
    }

    @Test
    void gapPageForTheUnitHeadOwnUnitOnlyWithLegendAndNumbersAsText() {
        long cchc = unitId(api().as("admin"), "CCHC");
        long tccb = unitId(api().as("admin"), "TCBC");
        Api head = new Api(baseUrl()).signedIn("tp.cchc");
        var own = head.get("/units/" + cchc + "/gaps");
        assertThat(own.status()).isEqualTo(200);
        String html = own.body();
        assertThat(html).contains("Khoảng cách năng lực — Phòng Cải cách hành chính").contains("Chú giải")
                .contains("gap-0").contains("gap-2plus").contains("Thiếu từ 2 mức trở lên");
        assertThat(html).doesNotContain("style=\"");
        Matcher cell = Pattern.compile("<span aria-hidden=\"true\">(\\d)/(\\d)</span>").matcher(html);
        assertThat(cell.find()).isTrue();
        assertThat(html).contains("hiện có mức");
        assertThat(head.get("/units/" + tccb + "/gaps").status()).isEqualTo(404);
        assertThat(new Api(baseUrl()).signedIn("nhanvien").get("/units/" + cchc + "/gaps").status()).isEqualTo(403);
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/units/" + tccb + "/gaps").status()).isEqualTo(200);

        var filtered = head.get("/units/" + cchc + "/gaps?group=SKILLS_ETHICS&onlyGaps=true");
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).contains("KN-DDCV").doesNotContain(">KT-QLNN<");
        assertThat(head.get("/staff").body()).contains("/units/" + cchc + "/gaps");
    }

    @Test
    void analysisAndPersonPagesPerRole() {
        var chief = new Api(baseUrl()).signedIn("chanhvp").get("/competencies/analysis");
        assertThat(chief.status()).isEqualTo(200);
        assertThat(chief.body()).contains("Phân tích tổ chức").contains("QLNN-CVCC").contains("Vũ Mạnh Hùng");
        long cchc = unitId(api().as("admin"), "CCHC");
        var filtered = new Api(baseUrl()).signedIn("chanhvp").get("/competencies/analysis?unitId=" + cchc);
        assertThat(filtered.body()).doesNotContain("Vũ Mạnh Hùng");
        assertThat(new Api(baseUrl()).signedIn("nhanvien").get("/competencies/analysis").status()).isEqualTo(403);

        long person = api().as("tp.cchc").get("/api/v1/units/" + cchc + "/competency-gaps").json().get("staff").get(0)
                .get("staffId").asLong();
        var page = new Api(baseUrl()).signedIn("tp.cchc").get("/competencies/staff/" + person);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lịch sử đánh giá").contains("Ghi đánh giá năng lực");
        assertThat(new Api(baseUrl()).signedIn("tp.tccb").get("/competencies/staff/" + person).status()).isEqualTo(404);
        assertThat(new Api(baseUrl()).signedIn("giamdoc").get("/competencies/staff/" + person).body())
                .doesNotContain("Ghi đánh giá năng lực");

        Api head = new Api(baseUrl()).signedIn("tp.cchc");
        var bad = head.postForm("/competencies/staff/" + person, Map.of("competencyId", "", "level", "",
                "assessedOn", "32/13/2024"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(between(bad.body(), "id=\"assessedOn-err\"")).contains("Ngày không tồn tại");
    }

    /** The text of the element that follows the marker, up to its closing tag. */
    private static String between(String html, String marker) {
        int i = html.indexOf(marker);
        assertThat(i).as(marker).isPositive();
        int start = html.indexOf('>', i) + 1;
        return html.substring(start, html.indexOf('<', start));
    }
}
