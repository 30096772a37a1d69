package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

class AgencyPagesIT extends HttpTest {

    private static Map<String, String> settings(String signerName) {
        Map<String, String> m = new HashMap<>();
        m.put("name", "Sở Nội vụ");
        // the demo's value, the header's two lines (Decree 30: "ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG")
        m.put("parentName", "Ủy ban nhân dân\ntỉnh Bắc Giang");
        m.put("placeName", "Bắc Giang");
        m.put("signerTitle", "GIÁM ĐỐC");
        m.put("signerName", signerName);
        m.put("recipients", "UBND tỉnh (để b/c);\nLưu: VT, VP.");
        return m;
    }

    @Test
    void adminChangesTheNamesDocumentsPrintAndTheChangeIsAudited() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        var r = admin.postForm("/admin/agency", settings("Nguyễn Văn Ký Thử"));
        assertThat(r.status()).isEqualTo(302);
        assertThat(admin.get("/admin/agency").body()).contains("Nguyễn Văn Ký Thử").contains("Ủy ban nhân dân\ntỉnh Bắc Giang");
        assertThat(api().as("admin").get("/api/v1/audit?type=agency").body()).contains("Sửa thông tin cơ quan");
        assertThat(admin.postForm("/admin/agency", settings("Vũ Mạnh Hùng")).status()).isEqualTo(302);
    }

    /** The header lines are the admin's: kept as typed (blank lines and stray spaces dropped), one line elsewhere. */
    @Test
    void adminSetsWhereTheAgencyNamesBreakInTheDocumentHeader() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        Map<String, String> m = settings("Vũ Mạnh Hùng");
        m.put("parentName", "Ủy ban nhân dân  \r\n\r\n  tỉnh Bắc Giang ");
        assertThat(admin.postForm("/admin/agency", m).status()).isEqualTo(302);
        String page = admin.get("/admin/agency").body();
        assertThat(page).contains(">Ủy ban nhân dân\ntỉnh Bắc Giang</textarea>").contains("Mỗi dòng in thành một dòng");
        // the procedure page's header shows the parent body on one line
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/procedure").body()).contains("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG");
    }

    @Test
    void emptyRequiredNameIsShownBesideTheFieldAndNothingChanges() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        Map<String, String> bad = settings("Vũ Mạnh Hùng");
        bad.put("placeName", " ");
        var r = admin.postForm("/admin/agency", bad);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Địa danh là bắt buộc.").contains("is-invalid");
        assertThat(admin.get("/admin/agency").body()).contains("value=\"Bắc Giang\"");
    }

    @Test
    void onlyTheAdministratorManagesTheAgency() {
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/admin/agency").status()).isEqualTo(403);
        assertThat(new Api(baseUrl()).signedIn("giamdoc").postForm("/admin/agency", settings("X")).status())
                .isEqualTo(403);
    }

    @Test
    void adminAddsAUnitThatTheApiThenLists() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        String code = "PT" + System.nanoTime() % 10000;
        var r = admin.postForm("/admin/agency/units", Map.of("code", code, "unitName", "Phòng Thử nghiệm"));
        assertThat(r.status()).isEqualTo(302);
        assertThat(api().as("chuyenvien").get("/api/v1/units").body()).contains(code).contains("Phòng Thử nghiệm");
        var dup = admin.postForm("/admin/agency/units", Map.of("code", code, "unitName", "Trùng mã"));
        assertThat(dup.status()).isEqualTo(200);
        assertThat(dup.body()).contains("đã tồn tại");
    }

    @Test
    void unknownPageIsAVietnamese404() {
        var r = new Api(baseUrl()).signedIn("chuyenvien").get("/khong-co-trang-nay");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("Không tìm thấy trang hoặc dữ liệu");
    }
}
