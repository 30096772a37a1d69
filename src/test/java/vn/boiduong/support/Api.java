package vn.boiduong.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for tests: HTTP Basic for the API, or a signed-in browser-like session
 * (cookies and the page's CSRF token) for the pages.
 */
public class Api {

    public static final String DEMO_PASSWORD = "DemoBD@2026";
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private String base;
    private final HttpClient http;
    private String basic;
    private String csrf;
    /** Headers sent with every request besides the credentials (X-Forwarded-For, a raw Authorization). */
    private final Map<String, String> extra = new java.util.LinkedHashMap<>();

    public Api(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The application's address, for a second client of another role. */
    public String base() {
        return base;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /**
     * Requests come from this client address, as a trusted proxy on 127.0.0.1 says (the tests run
     * with {@code server.forward-headers-strategy=native}): the sign-in throttle counts per address.
     */
    public Api from(String address) {
        extra.put("X-Forwarded-For", address);
        return this;
    }

    /** A personal API token as {@code Authorization: Bearer}. */
    public Api bearer(String token) {
        this.basic = "Bearer " + token;
        return this;
    }

    /** Any header with every request (besides the credentials and CSRF token this client manages). */
    public Api header(String name, String value) {
        extra.put(name, value);
        return this;
    }

    /** Forgets the CSRF token: the session's writes go without it. */
    public Api withoutCsrf() {
        csrf = null;
        return this;
    }

    /**
     * Sends the next requests to another node (another base URL) with the same cookies, credentials and
     * CSRF token, as a load balancer without sticky sessions would.
     */
    public Api switchTo(String otherBase) {
        this.base = otherBase;
        return this;
    }

    /** HTTP Basic with the demo password. */
    public Api as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public Api as(String username, String password) {
        this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Form sign-in as a person would; afterwards requests carry the session cookie and CSRF token. */
    public Api signedIn(String username) {
        return signedIn(username, DEMO_PASSWORD);
    }

    /** Form sign-in with a given password. */
    public Api signedIn(String username, String password) {
        Response r = formLogin(username, password);
        if (r.status() != 302 || r.header("Location").contains("error")) {
            throw new IllegalStateException("sign-in failed for " + username + ": " + r.status() + " "
                    + r.header("Location"));
        }
        refreshCsrf("/");
        return this;
    }

    public Response formLogin(String username, String password) {
        refreshCsrf("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    /** Reads the CSRF token that a page puts in its meta tag or form. */
    public void refreshCsrf(String page) {
        String html = get(page).body();
        Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(html);
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    public String csrf() {
        return csrf;
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    public Response postJson(String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response putJson(String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        if (csrf != null && basic == null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart upload with one file part, as a browser or curl sends it. */
    public Response postFile(String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "----bd" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (csrf != null && basic == null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                        + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    /** A multipart form as a browser sends it: text fields, then one file part (the CSRF token as a field). */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "----bd" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            if (csrf != null && basic == null) {
                all.put("_csrf", csrf);
            }
            for (Map.Entry<String, String> f : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    /**
     * Any method with the body exactly as given (null: none), for tests that send what a client should
     * not (web/BadInputCorpusIT); the session's CSRF token or the Basic credentials go along as usual.
     */
    public Response raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        extra.forEach(b::header);
        if (basic != null) {
            b.header("Authorization", basic);
        } else if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return b;
    }

    private Response send(HttpRequest req) {
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
