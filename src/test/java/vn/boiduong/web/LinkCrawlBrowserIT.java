package vn.boiduong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.CompetencyGroup;
import vn.boiduong.competency.StaffField;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.support.BrowserTest;

/**
 * What a person meets by following links: as each demo role, every link reachable from the home
 * page (same site, pages and downloads) answers 200 or an intended redirect, never an error or
 * JSON where a page or a file is expected; and no page shows an English code, a sign-in name, an
 * ISO date or an amount without its thousands dots (issue 9).
 */
class LinkCrawlBrowserIT extends BrowserTest {

    private static final int MAX_URLS = 160;
    /** A list's later pages and sort orders repeat the first page's links: a few of each are enough. */
    private static final int MAX_PER_PATH = 3;

    private static final List<String> USERNAMES = List.of("admin", "giamdoc", "chanhvp", "chuyenvien", "tp.tccb",
            "tp.cchc", "nhanvien");

    /** Pages whose subject is English by nature (the API documentation). */
    private static final List<String> NOT_CHECKED_FOR_CODES = List.of("/swagger-ui", "/v3/api-docs");
    /** The administrator manages accounts by their sign-in names: the one list where they belong. */
    private static final List<String> USERNAMES_BELONG = List.of("/admin/users");

    static Set<String> codes() {
        Set<String> codes = new TreeSet<>(List.of("CREATE", "UPDATE", "DELETE", "SUBMIT", "RETURN", "ACCEPT",
                "APPROVE", "MERGE", "UNMERGE", "OPEN_COLLECTION", "MOVE_DUE_DATE", "ADD_ITEM", "UPDATE_ITEM",
                "REMOVE_ITEM", "ADD_REVISION", "UPLOAD", "ASSESS", "DEACTIVATE", "REACTIVATE", "UNLOCK", "RESET",
                "IMPORT", "IMPORT_FAILED", "IMPORT_REJECTED", "SIGN_IN_FAILED", "THROTTLE", "RECOVER", "CREATE_TOKEN",
                "REVOKE_TOKEN"));
        Stream.of(NeedStatus.values(), PlanStatus.values(), ClassStatus.values(), ItemKind.values(),
                FundingSource.values(), TrainingCategory.values(), Role.values(), StaffField.values(),
                CompetencyGroup.values(), Gender.values(), StaffCategory.values())
                .flatMap(Stream::of).map(Enum::name)
                // two-letter codes such as CB, CC, VC are the official abbreviations people use
                .filter(c -> c.length() >= 5 || c.contains("_"))
                .forEach(codes::add);
        return codes;
    }

    record Fault(String user, String url, String what) {
        @Override
        public String toString() {
            return user + " " + url + ": " + what;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "giamdoc", "chanhvp", "chuyenvien", "tp.tccb", "tp.cchc", "nhanvien"})
    void everyLinkFromTheHomePageWorksAndNoPageShowsCodes(String user) throws Exception {
        signIn(user, "DemoBD@2026");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie").isNotNull();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Pattern codePattern = Pattern.compile("(?<![\\p{L}\\d_./-])(" + String.join("|", codes())
                + ")(?![\\p{L}\\d_./-])");
        Pattern userPattern = Pattern.compile("(?<![\\p{L}\\d_./@-])(" + String.join("|",
                USERNAMES.stream().filter(u -> !u.equals("admin")).map(Pattern::quote).toList()) + ")(?![\\p{L}\\d_])");
        Pattern isoDate = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
        Pattern rawMoney = Pattern.compile("(?<![\\d.])\\d{4,}\\s?đ(?!\\p{L})");

        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> perPath = new HashMap<>();
        List<Fault> faults = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty() && seen.size() <= MAX_URLS) {
            String url = queue.poll();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + url))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() == 302 || r.statusCode() == 303) {
                String to = r.headers().firstValue("Location").orElse("");
                if (to.contains("/login") || to.contains("/error")) {
                    faults.add(new Fault(user, url, "redirects to " + to));
                }
                continue;
            }
            if (r.statusCode() != 200) {
                faults.add(new Fault(user, url, "answers " + r.statusCode() + " " + type));
                continue;
            }
            if (type.startsWith("application/json") || type.startsWith("application/problem")) {
                faults.add(new Fault(user, url, "answers JSON to a link"));
                continue;
            }
            if (!type.startsWith("text/html")) {
                continue; // a download (XLSX, DOCX, PDF, an evidence file): its status is what a link promises
            }
            pages++;
            browser.get(baseUrl() + url);
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'));");
            String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
            if (NOT_CHECKED_FOR_CODES.stream().noneMatch(url::startsWith)) {
                find(codePattern, text).forEach(c -> faults.add(new Fault(user, url, "shows the code " + c)));
                if (USERNAMES_BELONG.stream().noneMatch(url::startsWith)) {
                    find(userPattern, text).forEach(c -> faults.add(new Fault(user, url, "shows the username " + c)));
                }
                find(isoDate, text).forEach(c -> faults.add(new Fault(user, url, "shows the ISO date " + c)));
                find(rawMoney, text).forEach(c -> faults.add(new Fault(user, url, "shows money as " + c)));
            }
            for (String href : hrefs) {
                String next = sameSitePath(href);
                if (next == null || seen.contains(next)) {
                    continue;
                }
                String path = next.replaceAll("\\?.*$", "").replaceAll("/\\d+(?=/|$)", "/{id}");
                if (perPath.merge(path, 1, Integer::sum) > MAX_PER_PATH) {
                    continue;
                }
                seen.add(next);
                queue.add(next);
            }
        }
        // the crawl really went somewhere: the home page links to the role's own pages
        assertThat(pages).as(user + " pages visited").isGreaterThanOrEqualTo(3);
        assertThat(faults).as(user + " visited " + seen.size() + " links:\n" + String.join("\n", seen)).isEmpty();
    }

    private String sameSitePath(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")
                || href.startsWith("tel:") || href.startsWith("javascript:")) {
            return null;
        }
        String h = href.replaceAll("#.*$", "");
        if (h.startsWith(baseUrl())) {
            h = h.substring(baseUrl().length());
        }
        if (!h.startsWith("/") || h.startsWith("//") || h.startsWith("/logout")) {
            return null;
        }
        return h.isEmpty() ? "/" : h;
    }

    private static Set<String> find(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
