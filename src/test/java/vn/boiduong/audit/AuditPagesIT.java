package vn.boiduong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The audit page names people and acts in words; the API keeps the codes api.md gives. */
class AuditPagesIT extends HttpTest {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td>([^<]*)</td><td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*"
            + "<td>([^<]*)</td>");
    private static final Pattern CODE = Pattern.compile("^[A-Z_]+$|^[a-z-]+$|^[a-z0-9.]+$");

    @Test
    void auditPageShowsFullNamesAndVietnameseLabelsNotCodesOrUsernames() {
        long unitId = api().as("tp.cchc").get("/api/v1/me").json().get("unitId").asLong();
        var created = api().as("tp.cchc").postJson("/api/v1/needs", Map.of("year", 2016, "unitId", unitId,
                "title", "Kỹ năng viết văn bản hành chính", "category", "DIGITAL", "headcount", 3, "estimatedCost",
                3_500_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String fullName = api().as("tp.cchc").get("/api/v1/me").json().get("fullName").asString();

        String html = new Api(baseUrl()).signedIn("chanhvp").get("/audit?type=need").body();
        List<String[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        assertThat(rows).as(html).isNotEmpty();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r[1]).isEqualTo(fullName);
            assertThat(r[2]).isEqualTo("Tạo mới");
            assertThat(r[3]).isEqualTo("Nhu cầu đào tạo");
        });
        for (String[] r : rows) {
            assertThat(r[0]).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
            assertThat(r[2]).as("action").doesNotMatch(CODE);
            assertThat(r[3]).as("type").doesNotMatch(CODE);
            assertThat(r[1]).as("actor").isNotIn("tp.cchc", "chuyenvien", "chanhvp", "giamdoc", "admin");
        }
        // an edit's detail quotes the stored values; the page reads them out in words
        long needId = created.json().get("id").asLong();
        var edited = api().as("tp.cchc").putJson("/api/v1/needs/" + needId, Map.of("year", 2016, "unitId", unitId,
                "title", "Kỹ năng viết văn bản hành chính", "category", "DIGITAL", "headcount", 4, "estimatedCost",
                4_200_000, "version", created.json().get("version").asLong()));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        String trail = new Api(baseUrl()).signedIn("chanhvp").get("/audit?type=need&id=" + needId).body();
        assertThat(trail).contains("3.500.000 đ", "4.200.000 đ").doesNotContain("3500000 đ", ">DIGITAL", " DIGITAL,");
        String stored = api().as("chanhvp").get("/api/v1/audit?type=need&id=" + needId).json().get("items")
                .findValuesAsString("detail").toString();
        assertThat(stored).contains("3500000 đ");

        // the type filter offers words, and the API keeps its codes
        assertThat(html).contains(">Nhu cầu đào tạo</option>", ">Kế hoạch</option>").doesNotContain(">need</option>");
        var api = api().as("chanhvp").get("/api/v1/audit?type=need").json();
        assertThat(api.get("items").findValuesAsString("action")).contains("CREATE");
    }
}
