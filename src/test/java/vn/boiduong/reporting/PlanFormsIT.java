package vn.boiduong.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.planning.Plans;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;

/** Forms 2a, 2b, 2c of an approved plan as XLSX and JSON, and who may download them. */
class PlanFormsIT extends HttpTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private long approved(int year) {
        long id = Plans.submitted(api().as("chanhvp"), year);
        var r = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "9/QĐ-SNV", "decisionDate", year + "-01-18"));
        assertThat(r.status()).isEqualTo(200);
        return id;
    }

    @Test
    void libreOfficeOpensTheRealForms2aAnd2cAndTheirTotalsAreTheSumOfTheirRows() throws Exception {
        Path office = External.requireLibreOffice();
        approved(2033);
        Path dir = Files.createTempDirectory("forms");

        List<List<String>> c = csv(office, dir, "2c", api().as("chanhvp").get("/api/v1/reports/2c?year=2033", XLSX));
        String all = c.toString();
        assertThat(all).contains("NĂM 2033", "Tên lớp / nội dung", "Số lượng", "Cơ sở đào tạo", "Nguồn kinh phí",
                "Đơn vị đề xuất", "Tin học văn phòng nâng cao", "Trường Chính trị tỉnh Bắc Giang", "Tổng cộng");
        assertTotalIsSumOfNumberedRows(c, 2);

        List<List<String>> a = csv(office, dir, "2a", api().as("chanhvp").get("/api/v1/reports/2a?year=2033", XLSX));
        assertThat(a.toString()).contains("KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM 2033", "Lý luận chính trị",
                "Tin học, kỹ năng số", "Trong đó: lãnh đạo, quản lý", "Kinh phí dự kiến (triệu đồng)", "Tổng cộng",
                "Chưa gắn nhu cầu");
        assertTotalIsSumOfNumberedRows(a, 2);
    }

    /** The form's XLSX as LibreOffice reads it: CSV in UTF-8, numbers unformatted ("as shown" off). */
    private static List<List<String>> csv(Path office, Path dir, String form, vn.boiduong.support.Api.Response r)
            throws Exception {
        assertThat(r.status()).as(form).isEqualTo(200);
        Path file = dir.resolve("bieu-" + form + ".xlsx");
        Files.write(file, r.bytes());
        Path out = External.convert(office, file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false");
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            rows.add(fields(line));
        }
        return rows;
    }

    /** One CSV line: comma separated, text in double quotes (doubled inside). */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }

    /**
     * The rows numbered in column A (one a class on 2c, one a unit on 2a) add up, column by column from
     * {@code from} on, to the row "Tổng cộng"; at least one column has a non-zero total.
     */
    private static void assertTotalIsSumOfNumberedRows(List<List<String>> rows, int from) {
        List<List<String>> numbered = rows.stream().filter(r -> r.get(0).matches("\\d+")).toList();
        List<String> total = rows.stream().filter(r -> r.contains("Tổng cộng")).findFirst().orElseThrow();
        assertThat(numbered).as(rows.toString()).isNotEmpty();
        int checked = 0;
        for (int k = from; k < total.size(); k++) {
            if (!total.get(k).matches("-?\\d+(\\.\\d+)?")) {
                continue;
            }
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (List<String> r : numbered) {
                String v = k < r.size() ? r.get(k) : "";
                sum = sum.add(v.isBlank() ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(v));
            }
            assertThat(new java.math.BigDecimal(total.get(k))).as("column " + k + " of " + total)
                    .isEqualByComparingTo(sum);
            if (sum.signum() != 0) {
                checked++;
            }
        }
        assertThat(checked).as("non-zero totals in " + total).isPositive();
    }

    @Test
    void form2aIsTheOfficialFormSignedByItsMakerWithExternalItemsWithoutANeedOnALabelledRow() throws Exception {
        int year = 2030;
        long id = Plans.open(api().as("chanhvp"), year).get("id").asLong();
        Plans.addItem(api().as("chanhvp"), id, Plans.item("Tin học văn phòng nâng cao", "DIGITAL", null, 20,
                40_000_000L));
        Map<String, Object> sent = new java.util.LinkedHashMap<>(Plans.item("Bồi dưỡng lãnh đạo cấp phòng",
                "LEADERSHIP", "DIVISION", 6, 36_000_000L));
        sent.put("kind", "EXTERNAL");
        sent.put("institution", "Học viện Hành chính Quốc gia");
        Plans.addItem(api().as("chanhvp"), id, sent);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "58/QĐ-SNV", "decisionDate", year + "-01-18")).status()).isEqualTo(200);
        String maker = api().as("chuyenvien").get("/api/v1/me").json().get("fullName").asString();

        var x = api().as("chuyenvien").get("/api/v1/reports/2a?year=" + year, XLSX);
        assertThat(x.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            List<String> everything = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                everything.add(sheet.getSheetName());
                everything.add(sheet.getHeader().getLeft() + sheet.getHeader().getCenter() + sheet.getHeader().getRight());
                everything.add(sheet.getFooter().getLeft() + sheet.getFooter().getCenter() + sheet.getFooter().getRight());
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            everything.add(c.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(String.join("\n", everything)).doesNotContain("Mẫu mặc định", "có thể điều chỉnh");

            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            Cell preparer = cellWith(sheet, "Người lập biểu");
            assertThat(textsBelow(sheet, preparer)).as("under Người lập biểu").contains(maker);

            // the people sent to the academy for no need are a row that says so, not a unit
            List<String> units = new ArrayList<>();
            for (Row row : sheet) {
                Cell seq = row.getCell(0);
                if (seq != null && seq.getCellType() == CellType.NUMERIC) {
                    units.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(units).contains("Cử đi học không gắn nhu cầu", "Chưa gắn nhu cầu");
        }
        JsonNode json = api().as("chuyenvien").get("/api/v1/reports/2a?year=" + year, "application/json").json();
        assertThat(json.toString()).doesNotContain("Mẫu mặc định");
        assertThat(total(json)).isPositive();
        Path office = External.requireLibreOffice();
        List<List<String>> a = csv(office, Files.createTempDirectory("forms"), "2a", x);
        assertThat(a.toString()).contains("Cử đi học không gắn nhu cầu", maker).doesNotContain("Mẫu mặc định");
        assertTotalIsSumOfNumberedRows(a, 2);
    }

    private static Cell cellWith(org.apache.poi.ss.usermodel.Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }

    /** The texts in the cell's column below it (the signer's name comes under the title and the blank space). */
    private static List<String> textsBelow(org.apache.poi.ss.usermodel.Sheet sheet, Cell cell) {
        List<String> out = new ArrayList<>();
        for (int r = cell.getRowIndex() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(cell.getColumnIndex());
            if (c != null && c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                out.add(c.getStringCellValue());
            }
        }
        return out;
    }

    @Test
    void staffCannotDownloadTheForms() {
        approved(2029);
        assertThat(api().as("nhanvien").get("/api/v1/reports/2c?year=2029", XLSX).status()).isEqualTo(403);
    }

    @Test
    void form2cListsTheClassesAndForm2aCountsByUnit() throws Exception {
        approved(2093);
        var x = api().as("chuyenvien").get("/api/v1/reports/2c?year=2093", XLSX);
        assertThat(x.status()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    } else if (c.getCellType() == CellType.NUMERIC) {
                        numbers.add(c.getNumericCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains("Tin học văn phòng nâng cao", "Tên lớp / nội dung", "Đơn vị đề xuất");
        assertThat(String.join(" ", texts)).contains("NĂM 2093");
        // headcounts and budgets are numbers: 30 + 25 people, 120 + 28 million
        assertThat(numbers).contains(30.0, 25.0, 55.0, 120_000_000.0, 28_000_000.0, 148_000_000.0);

        JsonNode json = api().as("giamdoc").get("/api/v1/reports/2c?year=2093", "application/json").json();
        JsonNode rows = json.get("rows");
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.get(2).get("style").asString()).isEqualTo("TOTAL");

        // the items serve no need: their 55 people are spread over the agency's staff by kind, so
        // cán bộ and công chức count on 2a, viên chức and workers on 2b, and nobody twice
        int on2a = total(api().as("chanhvp").get("/api/v1/reports/2a?year=2093", "application/json").json());
        int on2b = total(api().as("chanhvp").get("/api/v1/reports/2b?year=2093", "application/json").json());
        assertThat(on2a).isPositive();
        assertThat(on2b).isPositive();
        assertThat(on2a + on2b).isEqualTo(55);
        assertThat(api().as("chanhvp").get("/api/v1/reports/2b?year=2093", XLSX).status()).isEqualTo(200);
        assertThat(api().as("chanhvp").get("/api/v1/reports/2c?year=2094", XLSX).status()).isEqualTo(404);
    }

    static int total(JsonNode form) {
        for (JsonNode r : form.get("rows")) {
            if (r.get("style").asString().equals("TOTAL")) {
                assertThat(r.get("cells").get(1).asString()).isEqualTo("Tổng cộng");
                return r.get("cells").get(2).asInt();
            }
        }
        throw new AssertionError("no total row");
    }
}
