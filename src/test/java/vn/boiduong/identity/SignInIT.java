package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

class SignInIT extends HttpTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void meTellsWhoIsSignedIn() {
        var me = api().as("tp.cchc").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("tp.cchc");
        assertThat(me.json().get("fullName").asString()).isEqualTo("Lê Quang Vinh");
        assertThat(me.json().get("roles").toString()).contains("UNIT_HEAD");
        assertThat(me.json().get("unitId").isNumber()).isTrue();
        assertThat(me.json().get("agencyId").isNumber()).isTrue();
    }

    @Test
    void apiWithoutCredentialsIs401ProblemDetails() {
        var r = api().get("/api/v1/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("đăng nhập");
    }

    @Test
    void pagesRedirectToSignIn() {
        var r = api().get("/staff");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String user = "lock.test." + System.nanoTime() % 100000;
        var admin = new Api(baseUrl()).signedIn("admin");
        var created = admin.postForm("/admin/users/new", Map.of("username", user, "fullName", "Người Thử Khóa",
                "roles", "OFFICE_SPECIALIST", "password", "Hoa-Sen-2026"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(api().as(user, "Hoa-Sen-2026").get("/api/v1/me").status()).isEqualTo(200);
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 5; i++) {
            assertThat(api().from(address).as(user, "wrong-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        var locked = api().from(address).as(user, "Hoa-Sen-2026").get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        // issue 13, item 7: a locked account answers as a wrong password does (SignInDefenceIT)
        assertThat(locked.json().get("detail").asString()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        var form = new Api(baseUrl()).from(address).formLogin(user, "Hoa-Sen-2026");
        assertThat(form.header("Location")).endsWith("/login?error=bad");
    }

    @Test
    void theLockLastsFifteenMinutesThenTheRightPasswordWorksAgainAndTheAdminMayLiftItSooner() {
        String user = "lock.time." + System.nanoTime() % 100000;
        var admin = new Api(baseUrl()).signedIn("admin");
        assertThat(admin.postForm("/admin/users/new", Map.of("username", user, "fullName", "Người Thử Hạn Khóa",
                "roles", "OFFICE_SPECIALIST", "password", "Hoa-Sen-2026")).status()).isEqualTo(302);
        lockOut(user);
        java.time.LocalDateTime until = jdbc.queryForObject("select locked_until from app_user where username = ?",
                java.time.LocalDateTime.class, user);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        assertThat(until).isBetween(now.plusMinutes(14), now.plusMinutes(15).plusSeconds(5));

        // a quarter of an hour later (the lock's end moved to just before now): the right password signs in
        jdbc.update("update app_user set locked_until = ? where username = ?", now.minusSeconds(1), user);
        assertThat(api().as(user, "Hoa-Sen-2026").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, user))
                .isZero();

        // locked again, the administrator unlocks at once, and the unlock is in the trail
        lockOut(user);
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
        assertThat(admin.postForm("/admin/users/" + id + "/unlock", Map.of()).status()).isEqualTo(302);
        assertThat(api().as(user, "Hoa-Sen-2026").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api().as("admin").get("/api/v1/audit?type=user&id=" + id).body()).contains("Mở khóa tài khoản " + user);
    }

    private void lockOut(String user) {
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 5; i++) {
            assertThat(api().from(address).as(user, "wrong-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(api().as(user, "Hoa-Sen-2026").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void signInChangesTheSessionId() {
        Api browser = new Api(baseUrl());
        var first = browser.get("/login");
        String before = first.header("Set-Cookie");
        browser.refreshCsrf("/login");
        var r = browser.postForm("/login", Map.of("username", "chuyenvien", "password", Api.DEMO_PASSWORD));
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).doesNotContain("error");
        String after = r.header("Set-Cookie");
        assertThat(after).contains("JSESSIONID=");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        var r = api().get("/login");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.body()).contains("Đăng nhập");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        var r = new Api(baseUrl()).postForm("/login", Map.of("username", "admin", "password", Api.DEMO_PASSWORD));
        assertThat(r.status()).isEqualTo(403);
    }
}
