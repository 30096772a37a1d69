package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The administrator links an account to a person picked by name, never by typing a record's id. */
class UserPagesIT extends HttpTest {

    @Autowired
    UserDirectory users;

    @Test
    void theAccountFormOffersPeopleByNameAndShowsTheLinkedOne() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        String create = admin.get("/admin/users/new").body();
        assertThat(create).contains("<select id=\"staffId\"", "— Không gắn hồ sơ —").doesNotContain("(id)");
        Matcher options = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]+)</option>").matcher(
                create.substring(create.indexOf("id=\"staffId\"")));
        int named = 0;
        while (options.find() && named < 5) {
            // "Full name — Unit (code)": a name of words, not a number
            assertThat(options.group(2)).matches("\\p{L}[\\p{L} ]+ — .+ \\(.+\\)");
            named++;
        }
        assertThat(named).isEqualTo(5);

        var nhanvien = users.actorOf("nhanvien").orElseThrow();
        long staffId = users.staffIdOf(nhanvien.userId()).orElseThrow();
        String edit = admin.get("/admin/users/" + nhanvien.userId()).body();
        assertThat(edit).containsPattern("<option value=\"" + staffId + "\" selected=\"selected\">"
                + Pattern.quote(nhanvien.fullName()) + " — ");
    }
}
