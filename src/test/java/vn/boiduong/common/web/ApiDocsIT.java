package vn.boiduong.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The API documentation as an integrator and a signed-in person meet it: /v3/api-docs names the API,
 * its version, how to sign in, and files every operation under its module with a summary; "Try it
 * out" on /swagger-ui writes with the session's CSRF token from the cookie the page sets.
 */
class ApiDocsIT extends HttpTest {

    @Test
    void apiDocsHaveTitleVersionSecuritySchemesAndASummaryAndModuleTagForEveryOperation() {
        JsonNode docs = new Api(baseUrl()).signedIn("chanhvp").get("/v3/api-docs").json();
        assertThat(docs.get("info").get("title").asString()).isEqualTo("Bồi Dưỡng API");
        assertThat(docs.get("info").get("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        JsonNode schemes = docs.get("components").get("securitySchemes");
        assertThat(schemes.get("basic").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("session").get("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.get("session").get("in").asString()).isEqualTo("cookie");
        assertThat(docs.get("security").toString()).contains("basic", "session");

        Set<String> declaredTags = new HashSet<>();
        docs.get("tags").forEach(t -> declaredTags.add(t.get("name").asString()));
        List<String> missing = new ArrayList<>();
        Set<String> usedTags = new HashSet<>();
        int operations = 0;
        for (var path : docs.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode summary = op.getValue().get("summary");
                if (summary == null || summary.asString().isBlank()) {
                    missing.add(where + " has no summary");
                }
                JsonNode tags = op.getValue().get("tags");
                if (tags == null || tags.size() != 1 || !declaredTags.contains(tags.get(0).asString())) {
                    missing.add(where + " is not under one module's tag: " + tags);
                } else {
                    usedTags.add(tags.get(0).asString());
                }
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(missing).isEmpty();
        assertThat(usedTags).contains("Nhu cầu (B1–B2)", "Kế hoạch (B3–B4)", "Năng lực (B1)", "Tổ chức, cán bộ",
                "Thông báo", "Nhật ký", "Quy trình", "Tài khoản");
        assertThat(declaredTags).isEqualTo(usedTags);
        assertThat(docs.get("paths").get("/api/v1/needs/{id}/submit").get("post").get("tags").get(0).asString())
                .isEqualTo("Nhu cầu (B1–B2)");
    }

    @Test
    void tryItOutWritesWithTheSessionsTokenFromTheDocumentationPagesCookie() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // sign in on the page, as a person does before opening the documentation
        String login = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(login);
        assertThat(m.find()).isTrue();
        String form = "username=nhanvien&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        var page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
        // the page's script copies that cookie into the header of every write
        var script = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/swagger-ui/swagger-initializer.js"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.body()).contains("document.cookie", "XSRF-TOKEN", "X-XSRF-TOKEN");

        HttpRequest.Builder write = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/notifications/read-all"))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertThat(http.send(write.copy().header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isBetween(200, 204);
        // without the token, or with another, the session's write is refused
        assertThat(http.send(write.copy().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(http.send(write.copy().header("X-XSRF-TOKEN", token + "x").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }
}
