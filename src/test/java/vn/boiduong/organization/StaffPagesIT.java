package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

class StaffPagesIT extends HttpTest {

    private long unitId(String code) {
        for (JsonNode u : api().as("admin").get("/api/v1/units").json()) {
            if (u.get("code").asString().equals(code)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private Map<String, String> form(String code, String name, String birth) {
        Map<String, String> f = new HashMap<>();
        f.put("code", code);
        f.put("fullName", name);
        f.put("unitId", String.valueOf(unitId("CCHC")));
        f.put("category", "CIVIL_SERVANT");
        f.put("gender", "MALE");
        f.put("birthDate", birth);
        f.put("gradeCode", "01.003");
        return f;
    }

    @Test
    void staffPagesAnswerPerRole() {
        for (String user : new String[] {"admin", "giamdoc", "chanhvp", "chuyenvien", "tp.tccb"}) {
            var r = new Api(baseUrl()).signedIn(user).get("/staff");
            assertThat(r.status()).as(user).isEqualTo(200);
            assertThat(r.body()).contains("Danh sách cán bộ, công chức, viên chức");
        }
        var refused = new Api(baseUrl()).signedIn("nhanvien").get("/staff");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Bạn không có quyền truy cập trang này");
        assertThat(new Api(baseUrl()).signedIn("tp.cchc").get("/staff/new").status()).isEqualTo(403);
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/admin/users").status()).isEqualTo(403);
        assertThat(new Api(baseUrl()).signedIn("admin").get("/admin/users").body()).contains("giamdoc");
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/audit").status()).isEqualTo(403);
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/audit").status()).isEqualTo(200);
        var missing = new Api(baseUrl()).signedIn("chuyenvien").get("/staff/99999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy");
    }

    @Test
    void unitHeadListSearchesOwnUnitAndCannotOpenAnother() {
        Api head = new Api(baseUrl()).signedIn("tp.cchc");
        var own = head.get("/staff");
        assertThat(own.body()).contains("Lê Quang Vinh").doesNotContain("Trần Thị Thu Hà");
        assertThat(head.get("/staff?unitId=" + unitId("TCBC")).status()).isEqualTo(404);
    }

    @Test
    void badFormIsShownAgainWithMessagesBesideTheFieldsAndNothingSaved() {
        Api office = new Api(baseUrl()).signedIn("chuyenvien");
        String code = "F" + System.nanoTime() % 1_000_000;
        Map<String, String> bad = form(code, "", "31/02/1990");
        var r = office.postForm("/staff/new", bad);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Họ và tên là bắt buộc").contains("is-invalid")
                .contains("Biểu mẫu có lỗi");
        // 31/02/1990 is written right but no such day exists: it is told so, not "wrong format" (issue 9, item 8)
        assertThat(r.body()).contains("Ngày không tồn tại").doesNotContain("Ngày không hợp lệ, hãy nhập theo dạng")
                .contains("value=\"31/02/1990\"");
        assertThat(api().as("chuyenvien").get("/api/v1/staff?q=" + code).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void formSavesWithVietnameseDateAndEscapesText() {
        Api office = new Api(baseUrl()).signedIn("chuyenvien");
        String code = "E" + System.nanoTime() % 1_000_000;
        var r = office.postForm("/staff/new", form(code, "Mạc <script>alert(1)</script> Hùng", "05/02/1988"));
        assertThat(r.status()).isEqualTo(302);
        String location = r.header("Location");
        var page = office.get(location.substring(location.indexOf("/staff")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("05/02/1988").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        var api = api().as("chuyenvien").get("/api/v1/staff?q=" + code).json().get("items").get(0);
        assertThat(api.get("birthDate").asString()).isEqualTo("1988-02-05");
        assertThat(api.get("fullName").asString()).isEqualTo("Mạc <script>alert(1)</script> Hùng");
    }

    @Test
    void englishIsASwitchAndVietnameseTheDefault() {
        Api office = new Api(baseUrl()).signedIn("chuyenvien");
        assertThat(office.get("/staff").body()).contains("Đăng xuất");
        assertThat(office.get("/staff?lang=en").body()).contains("Sign out");
        assertThat(office.get("/staff").body()).contains("Sign out");
        assertThat(office.get("/staff?lang=vi").body()).contains("Đăng xuất");
    }
}
