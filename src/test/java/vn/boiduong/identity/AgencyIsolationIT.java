package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.SecondAgency;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * Issue 13, item 3: a second agency's people reach nothing of the first (SNV, the demo's) — its audit
 * trail, its standards, its accounts — and the installation administrator (no agency) gives a new
 * agency its administrator, who adds the agency's units and accounts through the pages.
 */
class AgencyIsolationIT extends HttpTest {

    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    SecondAgency.Ids tach;

    @BeforeEach
    void secondAgency() {
        tach = SecondAgency.ensure(organization, accounts);
    }

    private Api as(String username) {
        return api().as(username, SecondAgency.PASSWORD);
    }

    private long userId(String username) {
        return users.actorOf(username).orElseThrow().userId();
    }

    @Test
    void anotherAgencysPeopleReadOnlyTheirOwnAuditTrail() {
        String giamdoc = String.valueOf(userId("giamdoc"));
        // SNV's trail holds the creation of its director's account
        assertThat(api().as("admin").get("/api/v1/audit?type=user&id=" + giamdoc).json().get("totalItems").asLong())
                .isPositive();
        for (String user : new String[] {SecondAgency.DIRECTOR, SecondAgency.OFFICE_CHIEF, SecondAgency.ADMIN}) {
            JsonNode page = as(user).get("/api/v1/audit?type=user&id=" + giamdoc).json();
            assertThat(page.get("totalItems").asLong()).as(user).isZero();
            // and nothing of SNV's whole trail: every line it reads is its own agency's
            JsonNode all = as(user).get("/api/v1/audit?size=200").json();
            for (JsonNode line : all.get("items")) {
                assertThat(line.get("actor").asString()).as(user).doesNotStartWith("chanhvp").isNotEqualTo("admin")
                        .isNotEqualTo("giamdoc").isNotEqualTo("chuyenvien");
            }
            assertThat(new Api(baseUrl()).signedIn(user, SecondAgency.PASSWORD).get("/audit?type=user&id=" + giamdoc).body())
                    .doesNotContain("Tạo tài khoản giamdoc");
        }
        // its own lines it does read: the creation of its own accounts
        assertThat(as(SecondAgency.DIRECTOR).get("/api/v1/audit?type=user&id=" + userId(SecondAgency.STAFF)).json()
                .get("totalItems").asLong()).isPositive();
        // the installation administrator reads every agency's
        assertThat(as(SecondAgency.INSTALLATION_ADMIN).get("/api/v1/audit?type=user&id=" + giamdoc).json()
                .get("totalItems").asLong()).isPositive();
    }

    @Test
    void anotherAgencysOfficeCannotTouchTheFirstAgencysStandards() {
        JsonNode snvRules = api().as("chanhvp").get("/api/v1/standard-rules").json();
        long snvRule = snvRules.get(0).get("id").asLong();
        Api chief = as(SecondAgency.OFFICE_CHIEF);
        assertThat(chief.postJson("/api/v1/standard-rules/" + snvRule + "/deactivate", "{}").status()).isEqualTo(404);
        assertThat(chief.get("/api/v1/standard-rules/" + snvRule).status()).isEqualTo(404);
        assertThat(api().as("chanhvp").get("/api/v1/standard-rules/" + snvRule).json().get("active").asBoolean())
                .isTrue();
        // its own copy of the national standards (SNV's may have more: other tests add to them)
        JsonNode own = chief.get("/api/v1/standard-rules").json();
        java.util.List<String> ownCodes = new java.util.ArrayList<>();
        own.forEach(r -> ownCodes.add(r.get("code").asString()));
        assertThat(ownCodes).containsExactlyElementsOf(jdbc.queryForList(
                "select code from standard_rule where agency_id is null order by code", String.class));
        long ownRule = own.get(own.size() - 1).get("id").asLong();
        String ownCode = own.get(own.size() - 1).get("code").asString();
        long snvSame = jdbc.queryForObject("select r.id from standard_rule r join agency a on a.id = r.agency_id "
                + "where a.code = 'SNV' and r.code = ?", Long.class, ownCode);
        assertThat(ownRule).isNotEqualTo(snvSame);
        // deactivating its own leaves SNV's rule of that code as it was
        boolean snvActive = api().as("chanhvp").get("/api/v1/standard-rules/" + snvSame).json().get("active")
                .asBoolean();
        assertThat(chief.postJson("/api/v1/standard-rules/" + ownRule + "/deactivate", "{}").status()).isEqualTo(200);
        assertThat(api().as("chanhvp").get("/api/v1/standard-rules/" + snvSame).json().get("active").asBoolean())
                .isEqualTo(snvActive);
        assertThat(chief.postJson("/api/v1/standard-rules/" + ownRule + "/reactivate", "{}").status()).isEqualTo(200);
    }

    @Test
    void anotherAgencysAdministratorCannotListUnlockOrResetTheFirstAgencysAccounts() {
        long giamdoc = userId("giamdoc");
        String hashBefore = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
                giamdoc);
        Api admin = new Api(baseUrl()).signedIn(SecondAgency.ADMIN, SecondAgency.PASSWORD);
        String list = admin.get("/admin/users").body();
        assertThat(list).contains(SecondAgency.STAFF).doesNotContain(">giamdoc<").doesNotContain(">admin<");
        assertThat(admin.get("/admin/users?q=giamdoc").body()).doesNotContain(">giamdoc<");
        assertThat(admin.get("/admin/users/" + giamdoc).status()).isEqualTo(404);
        assertThat(admin.postForm("/admin/users/" + giamdoc + "/unlock", Map.of()).status()).isEqualTo(404);
        Map<String, String> reset = new HashMap<>();
        reset.put("fullName", "Vũ Mạnh Hùng");
        reset.put("roles", "DIRECTOR");
        reset.put("enabled", "true");
        reset.put("password", "Chiem#2026-doatquyen");
        assertThat(admin.postForm("/admin/users/" + giamdoc, reset).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, giamdoc))
                .isEqualTo(hashBefore);
        // nor create an account in one of SNV's units
        long snvUnit = jdbc.queryForObject("select u.id from unit u join agency a on a.id = u.agency_id "
                + "where a.code = 'SNV' and u.code = 'CCHC'", Long.class);
        Map<String, String> intruder = account("tach.xam", "Người Xâm Nhập", "UNIT_HEAD", snvUnit);
        Api.Response refused = admin.postForm("/admin/users/new", intruder);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Đơn vị không tồn tại.");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'tach.xam'", Long.class))
                .isZero();
        // nor link an account of its own to one of SNV's people
        long snvPerson = jdbc.queryForObject("select s.id from staff s join agency a on a.id = s.agency_id "
                + "where a.code = 'SNV' order by s.id fetch first 1 rows only", Long.class);
        Map<String, String> linked = account("tach.lienket", "Người Liên Kết", "STAFF", tach.unitId());
        linked.put("staffId", String.valueOf(snvPerson));
        Api.Response notLinked = admin.postForm("/admin/users/new", linked);
        assertThat(notLinked.status()).isEqualTo(200);
        assertThat(notLinked.body()).contains("Hồ sơ cán bộ không tồn tại.");
        // nor create an agency: agencies are the installation's
        assertThat(admin.postForm("/admin/agency/new", Map.of("code", "XAM", "name", "Sở Xâm",
                "parentName", "UBND", "placeName", "Xâm", "signerTitle", "GIÁM ĐỐC")).status()).isEqualTo(403);
        assertThat(admin.get("/admin/agencies").status()).isEqualTo(403);
    }

    @Test
    void theInstallationAdministratorGivesANewAgencyItsAdministratorWhoAddsUnitsAndAccounts() {
        Api root = new Api(baseUrl()).signedIn(SecondAgency.INSTALLATION_ADMIN, SecondAgency.PASSWORD);
        String code = "MOI" + (System.nanoTime() % 100000);
        Map<String, String> agency = new HashMap<>();
        agency.put("code", code);
        agency.put("name", "Sở Mới Lập");
        agency.put("parentName", "Ủy ban nhân dân tỉnh Thử nghiệm");
        agency.put("placeName", "Thử nghiệm");
        agency.put("signerTitle", "GIÁM ĐỐC");
        Api.Response created = root.postForm("/admin/agency/new", agency);
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).endsWith("/admin/agencies");
        String page = root.get("/admin/agencies").body();
        assertThat(page).contains(code).contains("Sở Mới Lập").contains(SecondAgency.CODE);
        long agencyId = jdbc.queryForObject("select id from agency where code = ?", Long.class, code);

        // bad input: the messages beside the fields, nothing made
        Map<String, String> bad = new HashMap<>(Map.of("agencyId", String.valueOf(agencyId), "username", "A B",
                "fullName", " ", "password", "ngan", "email", ""));
        Api.Response refused = root.postForm("/admin/agencies/administrators", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains("Tên đăng nhập gồm 3–60 ký tự");

        String username = "qt." + code.toLowerCase();
        Map<String, String> admin = new HashMap<>(Map.of("agencyId", String.valueOf(agencyId), "username", username,
                "fullName", "Lương Văn Quản", "password", SecondAgency.PASSWORD, "email", ""));
        Api.Response made = root.postForm("/admin/agencies/administrators", admin);
        assertThat(made.status()).as(made.body()).isEqualTo(302);
        assertThat(root.get("/admin/agencies").body()).contains("Lương Văn Quản");

        // the agency's administrator adds its units and accounts through the pages
        Api theirs = new Api(baseUrl()).signedIn(username, SecondAgency.PASSWORD);
        assertThat(theirs.get("/admin/agency").body()).contains(code);
        assertThat(theirs.postForm("/admin/agency/units", Map.of("code", "VP", "unitName", "Văn phòng Sở",
                "office", "true")).status()).isEqualTo(302);
        long office = jdbc.queryForObject("select id from unit where agency_id = ? and code = 'VP'", Long.class,
                agencyId);
        Api.Response account = theirs.postForm("/admin/users/new",
                account("cv." + code.toLowerCase(), "Lê Thị Chuyên", "OFFICE_SPECIALIST", office));
        assertThat(account.status()).as(account.body()).isEqualTo(302);
        JsonNode me = api().as("cv." + code.toLowerCase(), SecondAgency.PASSWORD).get("/api/v1/me").json();
        assertThat(me.get("agencyId").asLong()).isEqualTo(agencyId);
        // its standards are its own copy, and its trail holds its creation
        assertThat(jdbc.queryForObject("select count(*) from standard_rule where agency_id = ?", Long.class,
                agencyId)).isPositive();
        assertThat(api().as(username, SecondAgency.PASSWORD).get("/api/v1/audit?type=agency").body())
                .contains("Tạo cơ quan " + code).contains("Thêm đơn vị VP");
    }

    private static Map<String, String> account(String username, String fullName, String role, long unitId) {
        Map<String, String> m = new HashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("roles", role);
        m.put("unitId", String.valueOf(unitId));
        m.put("enabled", "true");
        m.put("password", SecondAgency.PASSWORD);
        m.put("email", "");
        return m;
    }
}
