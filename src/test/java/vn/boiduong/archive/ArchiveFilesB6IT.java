package vn.boiduong.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * B7 files B6's records by itself (issue 12, "Filing": "supervision visits and the report to the
 * Director"): a closed visit of a class goes, as its minutes, into the class's content set, a closed
 * visit of a unit into the year's general set, and the report the Director acknowledged into the
 * general set as the very DOCX and PDF the report page serves.
 */
class ArchiveFilesB6IT extends HttpTest {

    private static final int YEAR = 2024;

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r;
    }


    private static Map<String, Object> visit(Long classId, Long unitId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("classId", classId);
        m.put("unitId", unitId);
        m.put("date", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        m.put("criteria", List.of(Map.of("code", "CONTENT", "met", true, "note", "Đúng chương trình"),
                Map.of("code", "LEARNERS", "met", false, "note", "Vắng một người")));
        m.put("findings", "Lớp tổ chức đúng kế hoạch B6ARC");
        m.put("requests", List.of());
        return m;
    }

    /** Every cell's text of a workbook's first sheet. */
    private static String text(byte[] xlsx) throws Exception {
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    out.append(c.toString()).append(" | ");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private List<JsonNode> documents(Api who, long setId) {
        List<JsonNode> out = new ArrayList<>();
        ok(who.get("/api/v1/record-sets/" + setId)).json().get("documents").forEach(out::add);
        return out;
    }

    @Test
    void closedVisitsAndTheAcknowledgedReportAreFiledAsTheyWere() throws Exception {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "B6ARC");
        long classId = a.approvedPlan(api(), YEAR, List.of(DeliveryAgency.hostedItem("Kỹ năng số B6ARC", YEAR, 3, 10,
                10_000_000L))).get(0);
        Api chief = api().as(a.chief);
        ok(chief.postJson("/api/v1/classes/" + classId + "/open", Map.of()));
        ok(chief.postJson("/api/v1/classes/" + classId + "/enrollments", Map.of("staffIds", List.of(a.peopleA.get(0)))));
        ok(chief.postJson("/api/v1/classes/" + classId + "/start", Map.of()));

        // a visit of the class and one of a unit, both closed
        long ofClass = ok(chief.postJson("/api/v1/supervision-visits", visit(classId, null))).json().get("id").asLong();
        long ofUnit = ok(chief.postJson("/api/v1/supervision-visits", visit(null, a.unitB))).json().get("id").asLong();
        ok(chief.postJson("/api/v1/supervision-visits/" + ofClass + "/close", Map.of()));
        ok(chief.postJson("/api/v1/supervision-visits/" + ofUnit + "/close", Map.of()));

        // the report of the year, acknowledged
        long report = ok(chief.postJson("/api/v1/results-reports", Map.of("year", YEAR))).json().get("id").asLong();
        String url = "/api/v1/results-reports/" + report;
        ok(chief.putJson(url, Map.of("generalAssessment", "Triển khai đầy đủ", "achievements", "Đúng thời gian",
                "shortcomings", "Còn học viên vắng", "proposals", "Bổ sung kinh phí")));
        ok(chief.postJson(url + "/submit", Map.of()));
        ok(api().as(a.director).postJson(url + "/acknowledge", Map.of("comment", "Đồng ý")));
        byte[] docx = ok(chief.get(url + "/report.docx")).bytes();
        byte[] pdf = ok(chief.get(url + "/report.pdf")).bytes();

        // filing runs after each act's commit; the unit's visit goes to the general set of the visit's year
        int visitYear = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<String> types = new ArrayList<>();
                for (int y : List.of(YEAR, visitYear)) {
                    for (JsonNode s : ok(chief.get("/api/v1/record-sets?size=50&year=" + y)).json().get("items")) {
                        documents(chief, s.get("id").asLong()).forEach(d -> types.add(d.get("type").asString()));
                    }
                }
                assertThat(types).filteredOn("SUPERVISION_VISIT"::equals).hasSize(2);
                assertThat(types).filteredOn("RESULTS_REPORT"::equals).hasSize(2);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the archive's pending or failed filings: " + jdbc.queryForList(
                    "select listener_id, status, publication_date from event_publication where completion_date is null"
                            + " and listener_id like 'archive.%'"), e);
        }

        long general = -1;
        long content = -1;
        for (JsonNode s : ok(chief.get("/api/v1/record-sets?size=50&year=" + YEAR)).json().get("items")) {
            if (s.get("title").asString().startsWith("Hồ sơ chung")) {
                general = s.get("id").asLong();
            } else if (s.get("title").asString().contains("Kỹ năng số B6ARC")) {
                content = s.get("id").asLong();
            }
        }
        long visitGeneral = -1;
        for (JsonNode s : ok(chief.get("/api/v1/record-sets?size=50&year=" + visitYear)).json().get("items")) {
            if (s.get("title").asString().startsWith("Hồ sơ chung")) {
                visitGeneral = s.get("id").asLong();
            }
        }
        assertThat(visitGeneral).isPositive();
        assertThat(general).isPositive();
        assertThat(content).isPositive();

        // the class's visit in the class's set: its minutes, with what was checked and found
        JsonNode minutes = documents(chief, content).stream()
                .filter(d -> d.get("type").asString().equals("SUPERVISION_VISIT")).findFirst().orElseThrow();
        byte[] sheet = ok(chief.get("/api/v1/record-sets/" + content + "/documents/" + minutes.get("id").asLong()))
                .bytes();
        assertThat(Bags.sha256(sheet)).isEqualTo(minutes.get("sha256").asString());
        String cells = text(sheet);
        assertThat(cells).contains("BIÊN BẢN KIỂM TRA, GIÁM SÁT", "Kỹ năng số B6ARC", "Đạt", "Không đạt",
                "Vắng một người", "Lớp tổ chức đúng kế hoạch B6ARC");
        assertThat(cells).as("names, never usernames").doesNotContain(a.chief);

        // the unit's visit in the general set of its year
        assertThat(documents(chief, visitGeneral)).filteredOn(d -> d.get("type").asString().equals("SUPERVISION_VISIT"))
                .hasSize(1);
        // the report in the general set of its year: the bytes the report page serves
        List<JsonNode> generalDocs = documents(chief, general);
        List<String> reportHashes = generalDocs.stream().filter(d -> d.get("type").asString().equals("RESULTS_REPORT"))
                .map(d -> d.get("sha256").asString()).toList();
        assertThat(reportHashes).containsExactlyInAnyOrder(Bags.sha256(docx), Bags.sha256(pdf));

        // the audit trail is searchable by the report and the visit (their types are in the filter's list)
        assertThat(ok(chief.get("/api/v1/audit?type=results-report&id=" + report)).json().get("items")
                .findValuesAsString("action")).contains("ACKNOWLEDGE");
        assertThat(ok(chief.get("/api/v1/audit?type=supervision-visit&id=" + ofClass)).json().get("totalItems")
                .asInt()).isGreaterThanOrEqualTo(2);

        // B7 on the home page's progress: the Office closing the year's sets, not the filing itself
        assertThat(b7(chief).get("status").asString()).isEqualTo("NOT_STARTED");
        ok(chief.postJson("/api/v1/record-sets/" + content + "/close", Map.of()));
        JsonNode half = b7(chief);
        assertThat(half.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(half.get("detail").asString()).startsWith("Đã đóng 1/2 bộ hồ sơ năm " + YEAR);
        ok(chief.postJson("/api/v1/record-sets/" + general + "/close", Map.of()));
        JsonNode done = b7(chief);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("detail").asString()).startsWith("Đã đóng đủ 2 bộ hồ sơ năm " + YEAR);
    }

    private JsonNode b7(Api who) {
        for (JsonNode s : ok(who.get("/api/v1/procedure/progress?year=" + YEAR)).json().get("steps")) {
            if (s.get("code").asString().equals("B7")) {
                return s;
            }
        }
        throw new AssertionError("no B7 in the progress");
    }
}
