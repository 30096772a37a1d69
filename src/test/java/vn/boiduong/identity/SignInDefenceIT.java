package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.boiduong.BoiDuongApplication;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * Issue 13, item 7: one answer whether the account exists, is locked or not; a per-address throttle
 * beside the per-account lock; failures and locks in the audit trail; the command-line recovery of a
 * locked-out administrator; the password rules.
 */
class SignInDefenceIT extends HttpTest {

    static final String WRONG = "Sai tên đăng nhập hoặc mật khẩu.";
    static final String PASSWORD = "Hoa-Sen-2026";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment env;

    private static String address() {
        return "203.0.113." + (System.nanoTime() % 250 + 1);
    }

    private String newAccount(String prefix, String role) {
        String user = prefix + "." + System.nanoTime() % 1000000;
        var created = new Api(baseUrl()).signedIn("admin").postForm("/admin/users/new", Map.of("username", user,
                "fullName", "Người Thử Đăng Nhập", "roles", role, "password", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return user;
    }

    /** Fails before the fix: a locked account answered "locked" (API) and error=locked (form). */
    @Test
    void unknownNameWrongPasswordAndLockedAccountAnswerAlike() {
        String user = newAccount("same.answer", "OFFICE_SPECIALIST");
        String from = address();
        var unknown = api().from(from).as("khong.ton.tai." + System.nanoTime(), PASSWORD).get("/api/v1/me");
        var wrong = api().from(from).as(user, "Sai-Mat-Khau-1").get("/api/v1/me");
        for (int i = 0; i < 4; i++) {
            api().from(from).as(user, "Sai-Mat-Khau-x" + i).get("/api/v1/me");
        }
        var locked = api().from(from).as(user, PASSWORD).get("/api/v1/me");
        for (var r : java.util.List.of(unknown, wrong, locked)) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("detail").asString()).isEqualTo(WRONG);
        }
        for (String name : new String[] {"khong.ton.tai.x", user}) {
            var form = new Api(baseUrl()).from(from).formLogin(name, PASSWORD);
            assertThat(form.header("Location")).endsWith("/login?error=bad");
        }
        String page = new Api(baseUrl()).get("/login?error=bad").body();
        assertThat(page).contains("Sai tên đăng nhập hoặc mật khẩu.");
    }

    /** Fails before the fix: no throttle, the 31st attempt from one address still signed in. */
    @Test
    void oneAddressFailingTooOftenIsTurnedAwayButOthersAreNot() {
        String attacker = "192.0.2." + (System.nanoTime() % 250 + 1);
        for (int i = 0; i < SIGN_IN_ADDRESS_LIMIT; i++) {
            assertThat(api().from(attacker).as("doan.ten." + i, "Doan-Mat-Khau-" + i).get("/api/v1/me").status())
                    .isEqualTo(401);
        }
        // now even the right password of a real account is refused from there, before it is checked
        var blocked = api().from(attacker).as("chuyenvien").get("/api/v1/me");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.json().get("detail").asString()).contains("quá nhiều lần");
        assertThat(new Api(baseUrl()).from(attacker).formLogin("chuyenvien", Api.DEMO_PASSWORD).header("Location"))
                .endsWith("/login?error=throttled");
        // the person at another address is not affected, and the guessed accounts are not locked
        assertThat(api().from(address()).as("chuyenvien").get("/api/v1/me").status()).isEqualTo(200);
        // an address is nobody's agency: the installation administrator reads it
        assertThat(api().as("quantri").get("/api/v1/audit?type=user&size=100").body())
                .contains("Tạm chặn đăng nhập từ địa chỉ " + attacker);
    }

    /** Fails before the fix: failed sign-ins and locks left no line in the trail. */
    @Test
    void failedSignInsAndTheLockAreInTheAuditTrail() {
        String user = newAccount("audit.lock", "OFFICE_SPECIALIST");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
        String from = address();
        for (int i = 0; i < 5; i++) {
            api().from(from).as(user, "Sai-Mat-Khau-" + i).get("/api/v1/me");
        }
        // wrong passwords while locked neither count nor lengthen the lock
        var until = jdbc.queryForObject("select locked_until from app_user where id = ?",
                java.time.LocalDateTime.class, id);
        api().from(from).as(user, "Sai-Mat-Khau-9").get("/api/v1/me");
        assertThat(jdbc.queryForObject("select locked_until from app_user where id = ?",
                java.time.LocalDateTime.class, id)).isEqualTo(until);
        var trail = api().as("admin").get("/api/v1/audit?type=user&id=" + id + "&size=50").json().get("items");
        long failed = 0;
        long locks = 0;
        for (var line : trail) {
            failed += line.get("action").asString().equals("SIGN_IN_FAILED") ? 1 : 0;
            locks += line.get("action").asString().equals("LOCK") ? 1 : 0;
            if (line.get("action").asString().equals("SIGN_IN_FAILED")) {
                assertThat(line.get("detail").asString()).contains(user).contains(from);
            }
        }
        assertThat(failed).isEqualTo(6);
        assertThat(locks).isEqualTo(1);
    }

    /**
     * Five wrong passwords from anyone lock an administrator; the documented command-line recovery
     * (the jar with --boiduong.recover-account and BOIDUONG_RECOVER_PASSWORD) lets them in again.
     * Run here as main() runs it (no web server), on the test's own database.
     */
    @Test
    void aLockedOutAdministratorGetsBackInFromTheCommandLine() {
        String admin = newAccount("qt.khoiphuc", "ADMIN");
        String from = address();
        for (int i = 0; i < 5; i++) {
            api().from(from).as(admin, "Sai-Mat-Khau-" + i).get("/api/v1/me");
        }
        assertThat(api().from(address()).as(admin, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);

        // as on the command line: arguments outrank application.properties (the test's database, not ./data)
        java.util.List<String> args = new java.util.ArrayList<>();
        for (String key : new String[] {"spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "spring.flyway.schemas", "spring.flyway.default-schema",
                "boiduong.demo-data", "spring.mail.host", "spring.mail.port", "boiduong.mail.from"}) {
            if (env.getProperty(key) != null) {
                args.add("--" + key + "=" + env.getProperty(key));
            }
        }
        args.add("--boiduong.reminders.cron=-");
        args.add("--boiduong.recover-password=Khoi-Phuc-2026");
        args.add("--boiduong.recover-account=" + admin);
        try (ConfigurableApplicationContext recovery = new SpringApplicationBuilder(BoiDuongApplication.class)
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new))) {
            assertThat(recovery.isActive()).isTrue();
        }
        assertThat(api().from(address()).as(admin, "Khoi-Phuc-2026").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api().as(admin, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, admin);
        assertThat(api().as("admin").get("/api/v1/audit?type=user&id=" + id).body())
                .contains("Khôi phục tài khoản " + admin + " từ dòng lệnh");
    }

    /** Fails before the fix: 8 characters with a letter and a digit were enough, common ones too. */
    @Test
    void passwordsAreLongNotTheUsernameAndNotCommon() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        String user = "mk.thu." + System.nanoTime() % 1000000;
        Map<String, String> refused = Map.of(
                "Abc12345", "tối thiểu 10 ký tự",
                user + "2026", "không được chứa tên đăng nhập",
                "Matkhau123", "quá phổ biến",
                "Admin@12345", "quá phổ biến",
                "ă".repeat(40), "tối đa 72 byte");
        refused.forEach((password, message) -> {
            var r = admin.postForm("/admin/users/new", Map.of("username", user, "fullName", "Người Thử Mật Khẩu",
                    "roles", "OFFICE_SPECIALIST", "password", password));
            assertThat(r.status()).as(password).isEqualTo(200);
            assertThat(r.body()).as(password).contains(message);
        });
        assertThat(admin.postForm("/admin/users/new", Map.of("username", user, "fullName", "Người Thử Mật Khẩu",
                "roles", "OFFICE_SPECIALIST", "password", "Mua-Thu-Ha-Noi")).status()).isEqualTo(302);
    }
}
