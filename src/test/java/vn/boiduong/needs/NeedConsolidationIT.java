package vn.boiduong.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.fixtures.NeedFixtures.accepted;
import static vn.boiduong.fixtures.NeedFixtures.draft;
import static vn.boiduong.fixtures.NeedFixtures.expect;
import static vn.boiduong.fixtures.NeedFixtures.need;
import static vn.boiduong.fixtures.NeedFixtures.unitId;
import static vn.boiduong.fixtures.NeedFixtures.with;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** B2 through the API: the summary of accepted needs, merging into consolidated lines, the XLSX. */
class NeedConsolidationIT extends HttpTest {

    /** Each test takes a year of its own, so its summary holds only its needs. */
    /**
     * Years no other test of the shared context uses: the home page's progress of a year closes B1
     * and B2 once a later step is done, so a year with another test's plan would not start empty.
     */
    private static final java.util.Deque<Integer> YEARS = new java.util.ArrayDeque<>(
            List.of(2002, 2004, 2005, 2007, 2008, 2009));

    private long cchc() {
        return unitId(api(), "CCHC");
    }

    private long tcbc() {
        return unitId(api(), "TCBC");
    }

    @Test
    void summaryGroupsAcceptedNeedsByCategoryLevelAndTitle() {
        int year = YEARS.pop();
        Map<String, Object> llct = with(need(cchc(), "Trung cấp lý luận chính trị"), "year", year, "category",
                "POLITICAL_THEORY", "level", "INTERMEDIATE", "headcount", 2, "estimatedCost", 20_000_000,
                "plannedQuarter", 2);
        accepted(api(), "tp.cchc", llct);
        accepted(api(), "tp.tccb", with(llct, "unitId", tcbc(), "title", "trung cấp  LÝ LUẬN chính trị", "headcount",
                3, "estimatedCost", 30_000_000, "plannedQuarter", 4));
        accepted(api(), "tp.tccb", with(llct, "unitId", tcbc(), "level", "ADVANCED", "headcount", 1));
        draft(api(), "tp.cchc", with(llct, "headcount", 50)); // a draft is not in the summary
        long submitted = draft(api(), "tp.cchc", with(llct, "headcount", 40));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + submitted + "/submit", "{}"), 200);

        var r = api().as("giamdoc").get("/api/v1/needs/summary?year=" + year);
        assertThat(r.status()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.get("year").asInt()).isEqualTo(year);
        assertThat(s.get("items").size()).isEqualTo(2);
        JsonNode advanced = s.get("items").get(0); // ADVANCED comes before INTERMEDIATE, as in forms.md
        assertThat(advanced.get("level").asString()).isEqualTo("ADVANCED");
        JsonNode intermediate = s.get("items").get(1);
        assertThat(intermediate.get("category").asString()).isEqualTo("POLITICAL_THEORY");
        assertThat(intermediate.get("levelLabel").asString()).isEqualTo("Trung cấp");
        assertThat(intermediate.get("headcount").asInt()).isEqualTo(5);
        assertThat(intermediate.get("unitCount").asInt()).isEqualTo(2);
        assertThat(intermediate.get("estimatedCost").asLong()).isEqualTo(50_000_000L);
        assertThat(intermediate.get("quarters").toString()).isEqualTo("[2,4]");
        List<String> names = new ArrayList<>();
        intermediate.get("unitNames").forEach(n -> names.add(n.asString()));
        assertThat(names).containsExactly("Phòng Cải cách hành chính",
                "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ");
        assertThat(intermediate.get("needs").size()).isEqualTo(2);
        assertThat(s.get("totalHeadcount").asInt()).isEqualTo(6);
        assertThat(s.get("needCount").asInt()).isEqualTo(3);
    }

    @Test
    void summaryIsForTheOfficeAndTheDirector() {
        int year = YEARS.pop();
        assertThat(api().as("chuyenvien").get("/api/v1/needs/summary?year=" + year).status()).isEqualTo(200);
        assertThat(api().as("chanhvp").get("/api/v1/needs/summary?year=" + year).status()).isEqualTo(200);
        assertThat(api().as("tp.cchc").get("/api/v1/needs/summary?year=" + year).status()).isEqualTo(403);
        assertThat(api().as("nhanvien").get("/api/v1/needs/summary?year=" + year).status()).isEqualTo(403);
        assertThat(api().as("tp.cchc").get("/api/v1/needs/summary.xlsx?year=" + year).status()).isEqualTo(403);
        assertThat(api().as("chuyenvien").get("/api/v1/needs/summary").status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").get("/api/v1/needs/summary?year=hai").status()).isEqualTo(400);
    }

    @Test
    void officeMergesSimilarNeedsAndUnmergesThem() {
        int year = YEARS.pop();
        long a = accepted(api(), "tp.cchc", with(need(cchc(), "Kỹ năng số"), "year", year, "headcount", 3));
        long b = accepted(api(), "tp.tccb", with(need(tcbc(), "Chuyển đổi số"), "year", year, "headcount", 4));
        long other = accepted(api(), "tp.tccb", with(need(tcbc(), "Tiếng Anh"), "year", year, "category",
                "FOREIGN_LANGUAGE"));
        long notAccepted = draft(api(), "tp.cchc", with(need(cchc(), "Nháp"), "year", year));

        assertThat(api().as("giamdoc").postJson("/api/v1/needs/consolidated", Map.of("year", year, "needIds",
                List.of(a, b))).status()).isEqualTo(403);
        var mixed = api().as("chuyenvien").postJson("/api/v1/needs/consolidated", Map.of("year", year, "needIds",
                List.of(a, other)));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/consolidated", Map.of("year", year, "needIds",
                List.of(a, notAccepted))).status()).isEqualTo(409);

        var merged = api().as("chuyenvien").postJson("/api/v1/needs/consolidated", Map.of("year", year, "needIds",
                List.of(a, b), "title", "Bồi dưỡng kỹ năng số cho công chức"));
        assertThat(merged.status()).isEqualTo(201);
        long line = merged.json().get("id").asLong();
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/consolidated", Map.of("year", year, "needIds",
                List.of(b))).status()).isEqualTo(409);

        JsonNode s = api().as("chuyenvien").get("/api/v1/needs/summary?year=" + year).json();
        assertThat(s.get("items").size()).isEqualTo(2);
        JsonNode digital = s.get("items").get(0);
        assertThat(digital.get("consolidatedNeedId").asLong()).isEqualTo(line);
        assertThat(digital.get("title").asString()).isEqualTo("Bồi dưỡng kỹ năng số cho công chức");
        assertThat(digital.get("headcount").asInt()).isEqualTo(7);
        assertThat(digital.get("unitCount").asInt()).isEqualTo(2);
        assertThat(digital.get("needIds").toString()).contains(String.valueOf(a), String.valueOf(b));
        // the originals are kept, linked to the line
        assertThat(api().as("tp.cchc").get("/api/v1/needs/" + a).json().get("consolidatedNeedId").asLong())
                .isEqualTo(line);
        assertThat(api().as("tp.cchc").get("/api/v1/needs/" + a).json().get("title").asString())
                .isEqualTo("Kỹ năng số");

        assertThat(api().as("tp.cchc").delete("/api/v1/needs/consolidated/" + line).status())
                .isEqualTo(403);
        assertThat(api().as("chanhvp").delete("/api/v1/needs/consolidated/" + line).status()).isEqualTo(204);
        JsonNode after = api().as("chuyenvien").get("/api/v1/needs/summary?year=" + year).json();
        assertThat(after.get("items").size()).isEqualTo(3);
        after.get("items").forEach(i -> assertThat(i.get("consolidatedNeedId").isNull()).isTrue());
        assertThat(api().as("chanhvp").delete("/api/v1/needs/consolidated/" + line).status()).isEqualTo(404);

        var trail = api().as("chanhvp").get("/api/v1/audit?type=need&id=" + a);
        assertThat(trail.json().get("items").get(0).get("action").asString()).isEqualTo("UNMERGE");
        assertThat(trail.json().get("items").get(1).get("action").asString()).isEqualTo("MERGE");
    }

    @Test
    void summaryExportIsAWorkbookWithNumbersAndFormulaLikeTextKeptAsText() throws Exception {
        int year = YEARS.pop();
        String formula = "=HYPERLINK(\"http://evil.example\",\"Bấm vào\")";
        accepted(api(), "tp.cchc", with(need(cchc(), formula), "year", year, "headcount", 3, "estimatedCost",
                1_250_000));
        accepted(api(), "tp.tccb", with(need(tcbc(), "Bồi dưỡng quản lý nhà nước ngạch chuyên viên"), "year", year,
                "category", "STATE_MANAGEMENT", "level", "SPECIALIST", "headcount", 4, "estimatedCost", 9_000_000,
                "plannedQuarter", 1));
        accepted(api(), "tp.cchc", with(need(cchc(), "@SUM(A1:A2)"), "year", year, "category", "OTHER", "headcount", 1,
                "estimatedCost", 0));

        var r = api().as("chanhvp").get("/api/v1/needs/summary.xlsx?year=" + year);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.header("Content-Disposition")).contains("tong-hop-nhu-cau-" + year + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            Cell title = sheet.getRow(1).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("TỔNG HỢP NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM " + year);
            assertThat(wb.getFontAt(title.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(1, 1, 0, 9));
            Row header = sheet.getRow(4);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Nội dung đào tạo, bồi dưỡng");
            assertThat(wb.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();

            // rows in the order of forms.md: STATE_MANAGEMENT, then DIGITAL, then OTHER
            Row qlnn = sheet.getRow(5);
            assertThat(qlnn.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(qlnn.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(qlnn.getCell(3).getStringCellValue()).isEqualTo("CV");
            assertThat(qlnn.getCell(4).getNumericCellValue()).isEqualTo(4.0);
            assertThat(qlnn.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(qlnn.getCell(7).getNumericCellValue()).isEqualTo(9_000_000.0);
            assertThat(qlnn.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(qlnn.getCell(8).getStringCellValue()).isEqualTo("Quý 1");

            Row injected = sheet.getRow(6);
            Cell text = injected.getCell(1);
            assertThat(text.getCellType()).isEqualTo(CellType.STRING);
            assertThat(text.getStringCellValue()).isEqualTo(formula);
            assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(injected.getCell(6).getStringCellValue()).isEqualTo("Phòng Cải cách hành chính");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("@SUM(A1:A2)");
            assertThat(sheet.getRow(7).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();

            Row total = sheet.getRow(8);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(8.0);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(10_250_000.0);

            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    assertThat(wb.getFontAt(c.getCellStyle().getFontIndex()).getFontName())
                            .isEqualTo("Times New Roman");
                }
            }
            // signed like a paper form: the preparer (who exported it) and the head of the agency
            assertThat(texts).contains("Người lập biểu", "Đỗ Ánh Sáng", "SỞ NỘI VỤ");
        }
    }

    @Test
    void officeOpensTheCollectionAndSeesWhoIsLate() {
        int year = YEARS.pop();
        String due = LocalDate.now().plusDays(10).toString();
        var past = api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate",
                LocalDate.now().minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", year)).status())
                .isEqualTo(400);
        var opened = api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate",
                due));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().get("dueDate").asString()).isEqualTo(due);
        assertThat(opened.json().get("open").asBoolean()).isTrue();
        String later = LocalDate.now().plusDays(20).toString();
        var moved = api().as("chanhvp").postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate", later));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("dueDate").asString()).isEqualTo(later);

        long id = draft(api(), "tp.cchc", with(need(cchc(), "Gửi đúng hạn"), "year", year));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        var progress = api().as("giamdoc").get("/api/v1/needs/collections?year=" + year);
        assertThat(progress.status()).isEqualTo(200);
        String cchcState = null;
        String tcbcState = null;
        for (JsonNode u : progress.json().get("units")) {
            if (u.get("unitId").asLong() == cchc()) {
                cchcState = u.get("state").asString();
            }
            if (u.get("unitId").asLong() == tcbc()) {
                tcbcState = u.get("state").asString();
            }
        }
        assertThat(cchcState).isEqualTo("SENT_IN_TIME");
        assertThat(tcbcState).isEqualTo("WAITING");
        assertThat(api().as("tp.cchc").get("/api/v1/needs/collections?year=" + year).status()).isEqualTo(403);
        assertThat(api().as("chuyenvien").get("/api/v1/needs/collections?year=" + (year + 500)).status())
                .isEqualTo(404);
        // the unit heads were told
        var notices = api().as("tp.tccb").get("/api/v1/notifications?size=50").json().get("items");
        List<String> texts = new ArrayList<>();
        notices.forEach(n -> texts.add(n.get("text").asString()));
        assertThat(texts).anyMatch(t -> t.contains("mở thu thập nhu cầu đào tạo, bồi dưỡng năm " + year));
    }

    @Test
    void theHomePagesProgressOfB1AndB2ComesFromTheNeeds() {
        int year = YEARS.pop();
        assertThat(step(year, "B1").get("status").asString()).isEqualTo("NOT_STARTED");
        expect(api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate",
                LocalDate.now().plusDays(3).toString())), 201);
        JsonNode b1 = step(year, "B1");
        assertThat(b1.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(b1.get("detail").asString()).startsWith("0/8 đơn vị đã gửi nhu cầu");
        assertThat(step(year, "B2").get("status").asString()).isEqualTo("NOT_STARTED");
        long id = draft(api(), "tp.cchc", with(need(cchc(), "Tiến độ"), "year", year));
        expect(api().as("tp.cchc").postJson("/api/v1/needs/" + id + "/submit", "{}"), 200);
        assertThat(step(year, "B1").get("detail").asString()).startsWith("1/8 đơn vị đã gửi nhu cầu");
        JsonNode b2 = step(year, "B2");
        assertThat(b2.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(b2.get("detail").asString()).isEqualTo("0 nhu cầu đã tiếp nhận, 1 chờ xem xét");

        // the demo's last year: the due date is past and three units sent, one need still waits for review
        int last = LocalDate.now().getYear() - 1;
        assertThat(step(last, "B1").get("status").asString()).isEqualTo("DONE");
        assertThat(step(last, "B1").get("detail").asString()).startsWith("3/8 đơn vị đã gửi nhu cầu");
        // B2 is done since the demo approved last year's plan (DeliveryDemoData); before that it was in progress
        assertThat(step(last, "B2").get("status").asString()).isIn("IN_PROGRESS", "DONE");
        assertThat(step(last, "B2").get("detail").asString()).contains("1 dòng tổng hợp");
    }

    private JsonNode step(int year, String code) {
        var r = api().as("chanhvp").get("/api/v1/procedure/progress?year=" + year);
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode s : r.json().get("steps")) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no step " + code);
    }
}
