package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.RequiresExternal;
import vn.boiduong.support.TestDatabaseConfig;

/**
 * A new installation as the postgres profile starts it: no demo data, one administrator whose
 * password comes from the environment, no agency. The administrator must get from there to an
 * agency with units, accounts and staff through the pages alone. Its own database (H2 in memory,
 * or its own PostgreSQL schema), so the demo data of the other tests is not there.
 */
@ExtendWith(RequiresExternal.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfig.class)
class FirstStartIT {

    static final String ADMIN_PASSWORD = "Khoi@2026dau";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        freshDatabase(registry, "first");
    }

    /** An empty database of the given name (External.ownDatabase), no demo data, the admin's password set. */
    static void freshDatabase(DynamicPropertyRegistry registry, String name) {
        External.ownDatabase(registry, name);
        registry.add("boiduong.demo-data", () -> "false");
        registry.add("boiduong.admin.password", () -> ADMIN_PASSWORD);
        registry.add("boiduong.reminders.cron", () -> "-");
    }

    private Api admin() {
        Api a = new Api("http://localhost:" + port);
        Api.Response r = a.formLogin("admin", ADMIN_PASSWORD);
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).doesNotContain("error");
        a.refreshCsrf("/");
        return a;
    }

    private static Map<String, String> agency(String code, String name) {
        Map<String, String> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("parentName", "Ủy ban nhân dân tỉnh Bắc Ninh");
        m.put("placeName", "Bắc Ninh");
        m.put("signerTitle", "GIÁM ĐỐC");
        m.put("signerName", "Trần Văn Ký");
        m.put("recipients", "UBND tỉnh (để b/c);\nLưu: VT, VP.");
        return m;
    }

    @Test
    void theFirstAdministratorCreatesTheAgencyItsUnitsAndAccountsThenStaffCanBeRecorded() {
        Api admin = admin();
        Api basic = new Api("http://localhost:" + port).as("admin", ADMIN_PASSWORD);
        assertThat(basic.get("/api/v1/me").json().get("agencyId").isNull()).isTrue();
        assertThat(basic.get("/api/v1/units").json().size()).isZero();

        // no agency yet: the agency page offers to create one instead of answering 404
        Api.Response empty = admin.get("/admin/agency");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Tạo cơ quan").contains("name=\"code\"");

        // bad input: every message beside its field, nothing created
        Map<String, String> bad = agency("s n v", " ");
        Api.Response refused = admin.postForm("/admin/agency/new", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Mã cơ quan gồm 2–20 chữ cái").contains("Tên cơ quan là bắt buộc.")
                .contains("is-invalid").contains("value=\"s n v\"");
        assertThat(basic.get("/api/v1/audit?type=agency").json().get("totalItems").asLong()).isZero();

        Api.Response created = admin.postForm("/admin/agency/new", agency("sct", "Sở Công Thương"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).endsWith("/admin/agencies");
        // the first administrator stays the installation's; the agency gets its own administrator
        assertThat(basic.get("/api/v1/me").json().get("agencyId").isNull()).isTrue();
        assertThat(admin.get("/admin/agency").header("Location")).endsWith("/admin/agencies");
        String agencies = admin.get("/admin/agencies").body();
        assertThat(agencies).contains("SCT").contains("Sở Công Thương");
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option value=\"(\\d+)\">SCT").matcher(agencies);
        assertThat(option.find()).isTrue();
        Map<String, String> agencyAdmin = new HashMap<>();
        agencyAdmin.put("agencyId", option.group(1));
        agencyAdmin.put("username", "qt.sct");
        agencyAdmin.put("fullName", "Trịnh Văn Quản");
        agencyAdmin.put("password", "QuanTri@2026");
        agencyAdmin.put("email", "");
        assertThat(admin.postForm("/admin/agencies/administrators", agencyAdmin).status()).isEqualTo(302);
        admin = new Api("http://localhost:" + port).signedIn("qt.sct", "QuanTri@2026");
        basic = new Api("http://localhost:" + port).as("qt.sct", "QuanTri@2026");
        String settings = admin.get("/admin/agency").body();
        assertThat(settings).contains("SCT").contains(">Sở Công Thương</textarea>").contains("Ủy ban nhân dân tỉnh Bắc Ninh");
        JsonNode me = basic.get("/api/v1/me").json();
        assertThat(me.get("agencyId").isNull()).isFalse();
        long agencyId = me.get("agencyId").asLong();

        assertThat(admin.postForm("/admin/agency/units", Map.of("code", "VP", "unitName", "Văn phòng Sở",
                "office", "true")).status()).isEqualTo(302);
        assertThat(admin.postForm("/admin/agency/units", Map.of("code", "QLTM", "unitName",
                "Phòng Quản lý thương mại")).status()).isEqualTo(302);
        long office = -1;
        for (JsonNode u : basic.get("/api/v1/units").json()) {
            if (u.get("code").asString().equals("VP")) {
                office = u.get("id").asLong();
            }
        }
        assertThat(office).isPositive();

        Map<String, String> account = new HashMap<>();
        account.put("username", "cv.sct");
        account.put("fullName", "Lê Thị Chuyên");
        account.put("roles", "OFFICE_SPECIALIST");
        account.put("unitId", String.valueOf(office));
        account.put("enabled", "true");
        account.put("password", "Chuyen@2026");
        account.put("email", "");
        assertThat(admin.postForm("/admin/users/new", account).status()).isEqualTo(302);

        Api specialist = new Api("http://localhost:" + port).as("cv.sct", "Chuyen@2026");
        JsonNode hers = specialist.get("/api/v1/me").json();
        assertThat(hers.get("agencyId").asLong()).isEqualTo(agencyId);
        Map<String, Object> data = new HashMap<>();
        data.put("unitId", office);
        data.put("fullName", "Ngô Văn Đầu");
        data.put("category", "CIVIL_SERVANT");
        data.put("gender", "MALE");
        data.put("birthDate", "1988-04-02");
        data.put("gradeCode", "01.003");
        assertThat(specialist.postJson("/api/v1/staff", Map.of("code", "SCT.001", "data", data)).status())
                .isEqualTo(201);
        JsonNode found = specialist.get("/api/v1/staff?q=ngo%20van%20dau").json();
        assertThat(found.get("totalItems").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("unitName").asString()).isEqualTo("Văn phòng Sở");

        String trail = basic.get("/api/v1/audit?type=agency").body();
        assertThat(trail).contains("Tạo cơ quan SCT — Sở Công Thương").contains("Thêm đơn vị VP");

        // the code is unique
        Api.Response twice = admin().postForm("/admin/agency/new", agency("SCT", "Sở Công Thương lần hai"));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains("Mã cơ quan &#39;SCT&#39; đã có.");
    }

    @Test
    void onlyTheAdministratorCreatesAnAgency() {
        Api anonymous = new Api("http://localhost:" + port);
        anonymous.refreshCsrf("/login");
        Api.Response r = anonymous.postForm("/admin/agency/new", agency("XYZ", "Sở Thử"));
        assertThat(r.status()).isIn(302, 401, 403);
        assertThat(new Api("http://localhost:" + port).as("admin", ADMIN_PASSWORD).get("/api/v1/audit?type=agency")
                .body()).doesNotContain("Sở Thử");
    }
}
