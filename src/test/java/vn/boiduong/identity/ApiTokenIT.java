package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** Personal API tokens over HTTP: made, used as Bearer, stored as a hash, expiring, revoked, audited. */
class ApiTokenIT extends HttpTest {

    @Autowired
    JdbcTemplate jdbc;

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTokenIsShownOnceStoredAsItsHashAndSignsInAsItsOwner() throws Exception {
        var made = api().as("tp.cchc").postJson("/api/v1/me/tokens", Map.of("name", "Đồng bộ nhân sự", "days", 30));
        assertThat(made.status()).isEqualTo(201);
        String token = made.json().get("token").asString();
        long id = made.json().get("id").asLong();
        assertThat(token).startsWith("bd_").hasSizeGreaterThanOrEqualTo(40);

        var me = api().bearer(token).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("tp.cchc");
        // the database keeps the SHA-256, never the token
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id))
                .isEqualTo(sha256(token));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_prefix = ? "
                + "or name = ?", Long.class, token, token, token)).isZero();
        // the list never holds the token again
        var list = api().as("tp.cchc").get("/api/v1/me/tokens");
        assertThat(list.body()).contains("Đồng bộ nhân sự").doesNotContain(token);
        assertThat(list.json().get(0).get("active").asBoolean()).isTrue();
        // expires within the days asked for
        var expires = jdbc.queryForObject("select expires_at from api_token where id = ?",
                java.time.LocalDateTime.class, id);
        assertThat(expires).isBetween(java.time.LocalDateTime.now().plusDays(29), java.time.LocalDateTime.now()
                .plusDays(31));
        // audited, without the token
        String trail = api().as("admin").get("/api/v1/audit?type=user&size=100").body();
        assertThat(trail).contains("Tạo mã truy cập API «Đồng bộ nhân sự»").doesNotContain(token);
    }

    @Test
    void aTokenWritesWithoutCsrfButCannotMakeAnotherToken() {
        String token = api().as("chuyenvien").postJson("/api/v1/me/tokens", Map.of("name", "Máy trạm"))
                .json().get("token").asString();
        var again = api().bearer(token).postJson("/api/v1/me/tokens", Map.of("name", "Mã con"));
        assertThat(again.status()).isEqualTo(403);
        long id = api().as("chuyenvien").get("/api/v1/me/tokens").json().get(0).get("id").asLong();
        // a write authenticated by the token itself needs no CSRF token: it revokes itself
        assertThat(api().bearer(token).delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(api().bearer(token).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefused() {
        var made = api().as("giamdoc").postJson("/api/v1/me/tokens", Map.of("name", "Báo cáo tự động", "days", 1))
                .json();
        String token = made.get("token").asString();
        long id = made.get("id").asLong();
        assertThat(api().bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        jdbc.update("update api_token set expires_at = ? where id = ?", java.time.LocalDateTime.now().minusMinutes(1),
                id);
        var expired = api().bearer(token).get("/api/v1/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("detail").asString()).contains("hết hạn");
        assertThat(api().bearer("bd_" + "x".repeat(43)).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api().bearer("junk").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api().as("giamdoc").postJson("/api/v1/me/tokens", Map.of("name", "Quá hạn", "days", 400))
                .status()).isEqualTo(400);
        assertThat(api().as("giamdoc").postJson("/api/v1/me/tokens", Map.of("name", " ")).status()).isEqualTo(400);
    }

    @Test
    void theAdministratorListsMakesAndRevokesAPersonsTokensOthersMayNot() {
        String token = api().as("nhanvien").postJson("/api/v1/me/tokens", Map.of("name", "Điện thoại"))
                .json().get("token").asString();
        long userId = jdbc.queryForObject("select id from app_user where username = 'nhanvien'", Long.class);
        var list = api().as("admin").get("/api/v1/users/" + userId + "/tokens");
        assertThat(list.status()).isEqualTo(200);
        long id = -1;
        for (var t : list.json()) {
            if (t.get("name").asString().equals("Điện thoại") && t.get("active").asBoolean()) {
                id = t.get("id").asLong();
            }
        }
        assertThat(api().as("chanhvp").get("/api/v1/users/" + userId + "/tokens").status()).isEqualTo(403);
        assertThat(api().as("chanhvp").delete("/api/v1/users/" + userId + "/tokens/" + id).status()).isEqualTo(403);
        assertThat(api().as("admin").delete("/api/v1/users/" + userId + "/tokens/" + id).status()).isEqualTo(204);
        assertThat(api().bearer(token).get("/api/v1/me").status()).isEqualTo(401);
        var forHim = api().as("admin").postJson("/api/v1/users/" + userId + "/tokens", Map.of("name", "Cài đặt"));
        assertThat(forHim.status()).isEqualTo(201);
        assertThat(api().bearer(forHim.json().get("token").asString()).get("/api/v1/me").json().get("username")
                .asString()).isEqualTo("nhanvien");
        assertThat(api().as("admin").get("/api/v1/audit?type=user&id=" + userId + "&size=50").body())
                .contains("Thu hồi mã truy cập API «Điện thoại»");
        // the admin page of the account lists them
        assertThat(new Api(baseUrl()).signedIn("admin").get("/admin/users/" + userId).body()).contains("Cài đặt");
    }

    @Test
    void theProfilePageMakesATokenShownOnceAndRevokesIt() {
        Api person = new Api(baseUrl()).signedIn("chanhvp");
        var made = person.postForm("/me/tokens", Map.of("name", "Trang tính tổng hợp", "days", "7"));
        assertThat(made.status()).isEqualTo(302);
        String page = person.get("/me").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"new-token-value\"[^>]*>(bd_[^<]+)<")
                .matcher(page);
        assertThat(m.find()).as(page).isTrue();
        String token = m.group(1);
        assertThat(api().bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        // shown once: the next visit does not show it again
        person.refreshCsrf("/me");
        assertThat(person.get("/me").body()).doesNotContain(token).contains("Trang tính tổng hợp");
        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class,
                sha(token));
        assertThat(person.postForm("/me/tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(person.get("/me").body()).contains("Đã thu hồi mã truy cập.");
        assertThat(api().bearer(token).get("/api/v1/me").status()).isEqualTo(401);
        // a name left empty is refused on the page with the field's message
        var refused = person.postForm("/me/tokens", Map.of("name", ""));
        assertThat(refused.status()).as(refused.body()).isEqualTo(302);
        assertThat(person.get("/me").body()).contains("Tên mã truy cập là bắt buộc");
    }

    private static String sha(String token) {
        try {
            return sha256(token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
