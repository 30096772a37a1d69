package vn.boiduong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * Issue 13, item 5: a browser session's write is exempt from the CSRF check only when the request's
 * own Authorization header authenticates it (valid Basic credentials or a valid API token).
 */
class CsrfHeaderIT extends HttpTest {

    private static final Map<String, String> TOKEN = Map.of("name", "Thử CSRF");

    /** Fails before the fix: any Authorization header skipped the check, and the session made the token (201). */
    @Test
    void aSessionWithAJunkBearerHeaderStillNeedsItsCsrfToken() {
        Api session = new Api(baseUrl()).signedIn("chuyenvien").withoutCsrf().header("Authorization", "Bearer junk");
        var r = session.postJson("/api/v1/me/tokens", TOKEN);
        assertThat(r.status()).isIn(401, 403);
        assertThat(r.status()).isNotEqualTo(201);
    }

    /** Fails before the fix, as above: an unknown scheme skipped the check too. */
    @Test
    void aSessionWithAnotherSchemeNeedsItsCsrfToken() {
        Api session = new Api(baseUrl()).signedIn("chuyenvien").withoutCsrf()
                .header("Authorization", "Negotiate YWJj");
        var r = session.postJson("/api/v1/me/tokens", TOKEN);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("CSRF");
    }

    /** Fails before the fix: Basic for the signed-in name skipped the password check and the CSRF check. */
    @Test
    void aSessionWithBasicOfTheSameNameButAWrongPasswordIsRefused() {
        Api session = new Api(baseUrl()).signedIn("chuyenvien").withoutCsrf().from("198.18.0.7")
                .as("chuyenvien", "Sai-Mat-Khau-77");
        assertThat(session.postJson("/api/v1/me/tokens", TOKEN).status()).isEqualTo(401);
    }

    @Test
    void aHeaderThatAuthenticatesNeedsNoCsrfTokenAndTheSessionWithItsTokenStillWrites() {
        Api basic = new Api(baseUrl()).signedIn("chuyenvien").withoutCsrf().as("chuyenvien");
        var made = basic.postJson("/api/v1/me/tokens", TOKEN);
        assertThat(made.status()).isEqualTo(201);
        String token = made.json().get("token").asString();
        Api bearer = new Api(baseUrl()).signedIn("chuyenvien").withoutCsrf().bearer(token);
        long id = made.json().get("id").asLong();
        assertThat(bearer.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        // the session alone: with its CSRF token it writes, without it it does not
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").postJson("/api/v1/me/tokens", TOKEN).status())
                .isEqualTo(201);
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").withoutCsrf().postJson("/api/v1/me/tokens", TOKEN)
                .status()).isEqualTo(403);
    }
}
