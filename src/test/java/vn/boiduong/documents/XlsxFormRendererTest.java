package vn.boiduong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class XlsxFormRendererTest {

    /** Rows above the header: the form code, two title lines, one note, one blank. */
    static final int HEADER = 5;
    static final int FIRST_DATA = HEADER + 3 + 1; // three header levels and the column numbers

    private final XlsxFormRenderer renderer = new XlsxFormRenderer();

    @Test
    void headerCellsAreMergedLikeThePaperForm() throws IOException {
        try (XSSFWorkbook wb = open(renderer.render(SampleForms.form(5)))) {
            XSSFSheet sheet = wb.getSheet("Biểu 1a");
            Set<String> merged = new HashSet<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                if (r.getFirstRow() >= HEADER && r.getLastRow() < HEADER + 3) {
                    merged.add(r.formatAsString());
                }
            }
            // Leaves at the first level span the three header rows; groups span their leaves.
            assertThat(merged).containsExactlyInAnyOrder(
                    "A6:A8", "B6:B8", "C6:C8", "D6:F6", "D7:D8", "E7:E8", "F7:F8", "G6:I6", "G7:G8", "H7:H8", "I7:I8",
                    "J6:L6", "J7:K7", "L7:L8", "M6:M8");
            assertThat(text(sheet, HEADER, 3)).isEqualTo("Đào tạo");
            assertThat(text(sheet, HEADER, 9)).isEqualTo("Kinh phí (triệu đồng)");
            assertThat(text(sheet, HEADER + 1, 9)).isEqualTo("Ngân sách nhà nước");
            assertThat(text(sheet, HEADER + 2, 10)).isEqualTo("Địa phương");
            assertThat(text(sheet, HEADER + 3, 0)).isEqualTo("(1)");
            assertThat(text(sheet, 1, 0)).isEqualTo("SỞ NỘI VỤ TỈNH BẮC GIANG");
            assertThat(text(sheet, 0, 12)).isEqualTo("Biểu số 1a");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) FIRST_DATA);
        }
    }

    @Test
    void numbersAreNumericAndTotalsAreTheSumsOfTheirRows() throws IOException {
        FormSheet form = SampleForms.form(7);
        try (XSSFWorkbook wb = open(renderer.render(form))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int totalRow = FIRST_DATA + 14;
            assertThat(text(sheet, totalRow, 1)).isEqualTo("Tổng cộng");
            for (int c = 2; c <= 11; c++) {
                double sum = 0;
                for (int unit = 0; unit < 7; unit++) {
                    XSSFCell cell = sheet.getRow(FIRST_DATA + 2 * unit).getCell(c);
                    assertThat(cell.getCellType()).as("column " + c).isEqualTo(CellType.NUMERIC);
                    sum += cell.getNumericCellValue();
                }
                XSSFCell total = sheet.getRow(totalRow).getCell(c);
                assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(total.getNumericCellValue()).as("total of column " + c).isEqualTo(sum);
            }
            assertThat(sheet.getRow(totalRow).getCell(9).getNumericCellValue()).isEqualTo(7 * 12.5 + 0 + 1 + 2 + 3 + 4 + 5 + 6);
            assertThat(sheet.getRow(FIRST_DATA).getCell(9).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(sheet.getRow(totalRow).getCell(11).getNumericCellValue()).isEqualTo(7 * 0.75);
        }
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook wb = open(renderer.render(SampleForms.form(5)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            String[] expected = {"=1+1", "-Phòng Tổ chức", "@Văn phòng"};
            for (int i = 0; i < expected.length; i++) {
                XSSFCell cell = sheet.getRow(FIRST_DATA + 2 * i).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(expected[i]);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            XSSFCell note = sheet.getRow(FIRST_DATA + 8).getCell(12);
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("+ghi chú");
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void everyCellIsTimesNewRomanAndThePageIsA4Landscape() throws IOException {
        try (XSSFWorkbook wb = open(renderer.render(SampleForms.form(3)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int cells = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
                    cells++;
                }
            }
            assertThat(cells).isGreaterThan(50);
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo("Times New Roman");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void footerHasPreparerHeadPlaceAndDate() throws IOException {
        try (XSSFWorkbook wb = open(renderer.render(SampleForms.form(2)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> texts = new java.util.ArrayList<>();
            for (int r = FIRST_DATA + 5; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null) {
                    row.forEach(c -> texts.add(c.getStringCellValue()));
                }
            }
            assertThat(texts).contains("Người lập biểu", "Thủ trưởng cơ quan", "Bắc Giang, ngày 15 tháng 01 năm 2028",
                    "Nguyễn Thị Lan", "Vũ Mạnh Hùng");
        }
    }

    @Test
    void severalFormsMakeOneWorkbook() throws IOException {
        FormSheet a = SampleForms.form(2);
        try (XSSFWorkbook wb = open(renderer.render(List.of(a, a)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(1)).isEqualTo("Biểu 1a (2)");
        }
    }

    @Test
    void jsonFaceHasTheSameRowsAndNumbers() {
        FormSheet form = SampleForms.form(3);
        JsonNode json = JsonMapper.builder().build().valueToTree(form.view());
        assertThat(json.get("rows")).hasSize(7);
        JsonNode first = json.get("rows").get(0);
        assertThat(first.get("style").asString()).isEqualTo("NORMAL");
        assertThat(first.get("cells")).hasSize(13);
        assertThat(first.get("cells").get(1).asString()).isEqualTo("=1+1");
        assertThat(first.get("cells").get(2).isNumber()).isTrue();
        assertThat(first.get("cells").get(9).decimalValue()).isEqualByComparingTo("12.5");
        JsonNode total = json.get("rows").get(6);
        assertThat(total.get("style").asString()).isEqualTo("TOTAL");
        assertThat(total.get("cells").get(2).intValue()).isEqualTo(10 + 11 + 12);
        assertThat(json.get("columns").get(5).get("children").get(0).get("label").asString()).isEqualTo("Ngân sách nhà nước");
        assertThat(json.get("leafColumns")).hasSize(13);
        assertThat(json.get("footer").get("placeAndDate").asString()).isEqualTo("Bắc Giang, ngày 15 tháng 01 năm 2028");
    }

    @Test
    void aLargeFormStaysWholeAndNumeric() throws IOException {
        FormSheet form = SampleForms.form(1000); // 2,000 data rows and the total
        renderer.render(form); // warm up: the first call loads POI
        long start = System.nanoTime();
        byte[] bytes = renderer.render(form);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("XLSX, 2,001 data rows: " + ms + " ms, " + bytes.length / 1024 + " KiB");
        SampleDocuments.save("form-1a.xlsx", bytes);
        try (XSSFWorkbook wb = open(bytes)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFRow total = sheet.getRow(FIRST_DATA + 2000);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static String text(XSSFSheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }
}
