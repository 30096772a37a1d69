package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.HttpTest;

/** The approval decision (DOCX, PDF) opened and read back, and forms 2a, 2b, 2c as XLSX and JSON. */
class PlanDocumentsIT extends HttpTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PLAN_NAME = "phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động năm ";

    private long approved(int year) {
        long id = Plans.submitted(api().as("chanhvp"), year);
        var r = api().as("giamdoc").postJson("/api/v1/plans/" + id + "/approve",
                Map.of("decisionNumber", "9/QĐ-SNV", "decisionDate", year + "-01-18"));
        assertThat(r.status()).isEqualTo(200);
        return id;
    }

    @Test
    void decisionDocxAndPdfCarryTheDecisionArticlesAndAnnex() throws Exception {
        long id = approved(2091);
        var docx = api().as("chanhvp").get("/api/v1/plans/" + id + "/decision.docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        assertThat(docx.header("Content-Disposition")).contains("attachment");
        String word;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            word = x.getText().replaceAll("\\s+", " ");
        }
        assertThat(word).contains("QUYẾT ĐỊNH", PLAN_NAME + "2091", "Điều 1", "Điều 2", "Điều 3", "Căn cứ",
                "SỞ NỘI VỤ", "09/QĐ-", "Giao Văn phòng", "Tin học văn phòng nâng cao", "Nơi nhận");

        var pdf = api().as("giamdoc").get("/api/v1/plans/" + id + "/decision.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("QUYẾT ĐỊNH", PLAN_NAME + "2091", "Điều 1", "Điều 3", "Bồi dưỡng kiến thức quản lý",
                "ngày 18 tháng 01 năm 2091");
    }

    @Test
    void unitHeadsAndStaffCannotDownloadTheDecision() {
        long id = approved(2092);
        assertThat(api().as("tp.tccb").get("/api/v1/plans/" + id + "/decision.pdf").status()).isEqualTo(403);
        assertThat(api().as("nhanvien").get("/api/v1/plans/" + id + "/decision.docx").status()).isEqualTo(403);
        assertThat(api().as("nhanvien").get("/api/v1/reports/2c?year=2092", XLSX).status()).isEqualTo(403);
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
