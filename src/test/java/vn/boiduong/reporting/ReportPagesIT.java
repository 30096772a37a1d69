package vn.boiduong.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.planning.Plans;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * /reports: the year's forms 2a, 2b, 2c for those who may download them, reached from the menu, and
 * a download link that gives a browser the XLSX while the API keeps its JSON for application/json.
 */
class ReportPagesIT extends HttpTest {

    static final String XLSX = PlanFormsIT.XLSX;
    /** What Chromium sends when a link is clicked. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    static final int YEAR = 2039;
    static final int YEAR_WITHOUT_PLAN = 2040;

    private static final Pattern DOWNLOAD = Pattern.compile("id=\"download-([12][abc])\"[^>]*href=\"([^\"]+)\""
            + "|href=\"([^\"]+)\"[^>]*id=\"download-([12][abc])\"");

    private synchronized void approvedPlan() {
        if (api().as("chanhvp").get("/api/v1/reports/2c?year=" + YEAR, "application/json").status() == 200) {
            return;
        }
        long id = Plans.submitted(api().as("chanhvp"), YEAR);
        var r = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "56/QĐ-SNV", "decisionDate", YEAR + "-01-18"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void officeAndDirectorSeeTheYearsFormsWithADownloadLinkEachAndTheMenuLeadsThere() {
        approvedPlan();
        for (String user : List.of("chanhvp", "chuyenvien", "giamdoc")) {
            Api browser = new Api(baseUrl()).signedIn(user);
            assertThat(browser.get("/", BROWSER_ACCEPT).body()).as(user).contains("href=\"/reports\"");
            var page = browser.get("/reports?year=" + YEAR, BROWSER_ACCEPT);
            assertThat(page.status()).as(user).isEqualTo(200);
            String html = page.body();
            assertThat(html).contains("Báo cáo, biểu mẫu", "Biểu số 2a", "Biểu số 2b", "Biểu số 2c",
                    "KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM " + YEAR,
                    "KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG VIÊN CHỨC NĂM " + YEAR,
                    "DANH SÁCH CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG TRONG KẾ HOẠCH NĂM " + YEAR, "Tải Excel (XLSX)")
                    .contains("Các biểu của kế hoạch năm " + YEAR).doesNotContain("id=\"reports-none\"");
            assertThat(downloadLinks(html)).containsOnlyKeys("1a", "1b", "2a", "2b", "2c")
                    .containsEntry("2a", "/api/v1/reports/2a?year=" + YEAR);
        }
    }

    @Test
    void othersGetTheForbiddenPageAndNoMenuLink() {
        for (String user : List.of("admin", "tp.cchc", "nhanvien")) {
            Api browser = new Api(baseUrl()).signedIn(user);
            var home = browser.get("/", BROWSER_ACCEPT);
            assertThat(home.status()).as(user).isEqualTo(200);
            assertThat(home.body()).as(user).doesNotContain("href=\"/reports\"");
            var page = browser.get("/reports", BROWSER_ACCEPT);
            assertThat(page.status()).as(user).isEqualTo(403);
            assertThat(page.header("Content-Type")).as(user).startsWith("text/html");
            assertThat(page.body()).as(user).doesNotContain("Tải Excel (XLSX)");
        }
    }

    @Test
    void aYearWithoutAnApprovedPlanSaysSoAndOffersNoDownload() {
        String html = new Api(baseUrl()).signedIn("chanhvp").get("/reports?year=" + YEAR_WITHOUT_PLAN, BROWSER_ACCEPT)
                .body();
        assertThat(html).contains("Năm " + YEAR_WITHOUT_PLAN + " chưa có kế hoạch đào tạo, bồi dưỡng được phê duyệt")
                .contains("<option value=\"" + YEAR_WITHOUT_PLAN + "\" selected=\"selected\">");
        // no plan form; the results forms of the year (1a, 1b) are there, with zero totals when nothing was done
        assertThat(downloadLinks(html)).containsOnlyKeys("1a", "1b");
    }

    @Test
    void withoutAYearThePageShowsTheLatestApprovedPlansYear() {
        approvedPlan();
        int latest = 0;
        JsonNode plans = api().as("chanhvp").get("/api/v1/plans?size=100", "application/json").json();
        assertThat(plans.get("totalItems").asInt()).isLessThanOrEqualTo(100);
        for (JsonNode p : plans.get("items")) {
            if ("APPROVED".equals(p.get("status").asString())) {
                latest = Math.max(latest, p.get("year").asInt());
            }
        }
        assertThat(latest).isGreaterThanOrEqualTo(YEAR);
        String html = new Api(baseUrl()).signedIn("giamdoc").get("/reports", BROWSER_ACCEPT).body();
        assertThat(html).contains("<option value=\"" + latest + "\" selected=\"selected\">");
        assertThat(downloadLinks(html)).containsEntry("2c", "/api/v1/reports/2c?year=" + latest);
    }

    @Test
    void theLinkOnThePageDownloadsARealWorkbookForABrowserAndTheApiKeepsItsJson() throws Exception {
        approvedPlan();
        Api browser = new Api(baseUrl()).signedIn("chuyenvien");
        String link = downloadLinks(browser.get("/reports?year=" + YEAR, BROWSER_ACCEPT).body()).get("2a");
        assertThat(link).isNotNull();

        for (String accept : List.of(BROWSER_ACCEPT, "text/html", "*/*")) {
            var file = browser.get(link, accept);
            assertThat(file.status()).as(accept).isEqualTo(200);
            assertThat(file.header("Content-Type")).as(accept).isEqualTo(XLSX);
            assertThat(file.header("Content-Disposition")).as(accept).startsWith("attachment")
                    .contains("bieu-2a-" + YEAR + ".xlsx");
            assertThat(texts(file.bytes())).as(accept)
                    .contains("KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM " + YEAR, "Tổng cộng");
        }
        // a request without Accept (curl, a download manager) gets the file too
        assertThat(browser.get(link).header("Content-Type")).isEqualTo(XLSX);

        var json = api().as("chuyenvien").get(link, "application/json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.json().get("rows").size()).isPositive();
        var xlsx = api().as("chuyenvien").get(link, XLSX);
        assertThat(xlsx.header("Content-Type")).isEqualTo(XLSX);
        assertThat(texts(xlsx.bytes())).contains("Tổng cộng");
    }

    private static Map<String, String> downloadLinks(String html) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = DOWNLOAD.matcher(html);
        while (m.find()) {
            String code = m.group(1) != null ? m.group(1) : m.group(4);
            String href = m.group(2) != null ? m.group(2) : m.group(3);
            out.put(code, href.replace("&amp;", "&"));
        }
        return out;
    }

    /** Every text cell of the workbook's first sheet, as POI reads the file. */
    static List<String> texts(byte[] xlsx) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }
}
