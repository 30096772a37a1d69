package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The administrator sets a person's e-mail address on /admin/users; a bad one is refused in Vietnamese. */
class UserEmailIT extends HttpTest {

    @Test
    void theAdministratorSetsChecksAndClearsAnAddress() {
        String user = "email.test." + System.nanoTime() % 100000;
        Api admin = new Api(baseUrl()).signedIn("admin");
        var created = admin.postForm("/admin/users/new", form(user, "Ngô Thị Thư", "  ngo.thu@snv.bacgiang.gov.vn "));
        assertThat(created.status()).isEqualTo(302);
        String path = created.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(admin.get(path).body()).contains("value=\"ngo.thu@snv.bacgiang.gov.vn\"");
        assertThat(admin.get("/admin/users?q=" + user).body()).contains(">ngo.thu@snv.bacgiang.gov.vn</td>");

        for (String bad : new String[] {"khong-hop-le", "a@b", "Thư <thu@snv.gov.vn>", "thu@@snv.gov.vn",
                "thu @snv.gov.vn", "thu@snv..gov.vn", "x".repeat(250) + "@a.vn"}) {
            var r = admin.postForm(path, form(user, "Ngô Thị Thư", bad));
            assertThat(r.status()).as(bad).isEqualTo(200);
            assertThat(r.body()).as(bad).contains("Địa chỉ e-mail không hợp lệ", "is-invalid");
        }
        // the refused address did not replace the good one
        assertThat(admin.get(path).body()).contains("value=\"ngo.thu@snv.bacgiang.gov.vn\"");

        assertThat(admin.postForm(path, form(user, "Ngô Thị Thư", "thu.nt@sonoivu.bacgiang.gov.vn")).status())
                .isEqualTo(302);
        assertThat(admin.get(path).body()).contains("value=\"thu.nt@sonoivu.bacgiang.gov.vn\"");
        // empty: no address, the person gets in-application notices only
        assertThat(admin.postForm(path, form(user, "Ngô Thị Thư", "")).status()).isEqualTo(302);
        assertThat(admin.get(path).body()).doesNotContain("sonoivu.bacgiang.gov.vn");
        // the change is audited
        assertThat(api().as("admin").get("/api/v1/audit?size=50").body()).contains("e-mail thu.nt@sonoivu.bacgiang.gov.vn");
    }

    @Test
    void onlyTheAdministratorSetsAddresses() {
        Api chief = new Api(baseUrl()).signedIn("chanhvp");
        var r = chief.postForm("/admin/users/new", form("email.forbidden", "Người Không Được", "x@snv.gov.vn"));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void demoAccountsHaveTheirAddresses() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        assertThat(admin.get("/admin/users?q=giamdoc").body()).contains(">giamdoc@sonoivu.test</td>");
    }

    private static Map<String, String> form(String user, String name, String email) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("username", user);
        m.put("fullName", name);
        m.put("roles", "OFFICE_SPECIALIST");
        m.put("password", "Hoa-Sen-2026");
        m.put("email", email);
        m.put("enabled", "true");
        return m;
    }
}
