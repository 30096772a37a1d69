package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;

/** The approval decision (DOCX, PDF) opened and read back (forms 2a, 2b, 2c: reporting's PlanFormsIT). */
class PlanDocumentsIT extends HttpTest {

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

    /**
     * What the decision must say (documents.md), from the demo agency's settings (DemoData: Sở Nội vụ,
     * Ủy ban nhân dân tỉnh Bắc Giang, place Bắc Giang, signer GIÁM ĐỐC Vũ Mạnh Hùng, recipients
     * ending "Lưu: VT, VP."), checked on text some reader other than our renderer extracted.
     */
    private static void assertOfficialDecision(String text, int year) {
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "SỞ NỘI VỤ", "Số: 09/QĐ-SNV",
                "Bắc Giang, ngày 18 tháng 01 năm " + year, "QUYẾT ĐỊNH", PLAN_NAME + year, "Căn cứ", "Điều 1",
                "Điều 2", "Điều 3", "GIÁM ĐỐC", "Vũ Mạnh Hùng", "Nơi nhận:", "- Lưu: VT, VP.",
                // the annex: its heading and a row of the plan, with its headcount and budget
                "PHỤ LỤC", "KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG NĂM " + year, "Tin học văn phòng nâng cao",
                "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên", "Tin học, kỹ năng số");
        assertThat(text).containsPattern("Tin học văn phòng nâng cao.*25.*28\\.000\\.000");
    }

    @Test
    void libreOfficeOpensTheRealDecisionDocxAndReadsItsOfficialParts() throws Exception {
        Path office = External.requireLibreOffice();
        long id = approved(2031);
        var docx = api().as("chanhvp").get("/api/v1/plans/" + id + "/decision.docx");
        assertThat(docx.status()).isEqualTo(200);
        Path file = Files.createTempDirectory("decision").resolve("quyet-dinh.docx");
        Files.write(file, docx.bytes());
        // as plain text (its tables cell by cell) and as a PDF LibreOffice lays out itself
        String text = Files.readString(External.convert(office, file, "txt:Text (encoded):UTF8"))
                .replace("\uFEFF", "").replaceAll("\\s+", " ");
        assertOfficialDecision(text, 2031);
        try (PDDocument pdf = Loader.loadPDF(External.convert(office, file, "pdf").toFile())) {
            assertOfficialDecision(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "), 2031);
        }
    }

    @Test
    void theDecisionPdfSaysWhatTheDocxSays() throws Exception {
        long id = approved(2032);
        var pdf = api().as("giamdoc").get("/api/v1/plans/" + id + "/decision.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertOfficialDecision(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "), 2032);
        }
    }

    /**
     * Decree 30: the issuing authority's name breaks between words of meaning, where the agency set
     * its lines (the demo's "Ủy ban nhân dân" / "tỉnh Bắc Giang"), never "TỈNH BẮC" / "GIANG"; the annex
     * states the form of training and the lecturers, and ends with the total of its rows; Điều 2 names
     * the head the Office reports to as "Giám đốc Sở".
     */
    @Test
    void decisionHeaderBreaksWhereTheAgencySaysAndTheAnnexTotalsItsRows() throws Exception {
        long id = approved(2099);
        var docx = api().as("chanhvp").get("/api/v1/plans/" + id + "/decision.docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            List<String> header = new ArrayList<>();
            for (XWPFTableRow row : d.getTables().get(0).getRows()) {
                for (XWPFParagraph p : row.getCell(0).getParagraphs()) {
                    header.addAll(List.of(p.getText().split("\n")));
                }
            }
            assertThat(header.stream().map(String::strip).filter(l -> !l.isEmpty()).toList())
                    .startsWith("ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "SỞ NỘI VỤ");
            String body = d.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(body).contains("tổng hợp kết quả và báo cáo Giám đốc Sở.").doesNotContain("báo cáo giám đốc");

            XWPFTable annex = d.getTables().get(d.getTables().size() - 1);
            List<String> columns = annex.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
            assertThat(columns).contains("Hình thức", "Giảng viên");
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : annex.getRows().subList(1, annex.getRows().size())) {
                rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
            List<String> total = rows.get(rows.size() - 1);
            List<List<String>> items = rows.subList(0, rows.size() - 1);
            assertThat(items).hasSize(2);
            assertThat(total.get(1)).isEqualTo("Tổng cộng");
            int form = columns.indexOf("Hình thức");
            int lecturers = columns.indexOf("Giảng viên");
            assertThat(items).allSatisfy(r -> {
                assertThat(r.get(form)).isEqualTo("Tổ chức lớp");
                assertThat(r.get(lecturers)).isEqualTo("Học viện Chính trị khu vực I");
            });
            for (String column : List.of("Số lượng", "Kinh phí dự kiến (đồng)")) {
                int k = columns.indexOf(column);
                long sum = items.stream().mapToLong(r -> digits(r.get(k))).sum();
                assertThat(digits(total.get(k))).as(column).isEqualTo(sum).isPositive();
            }
            assertThat(digits(total.get(columns.indexOf("Số lượng")))).isEqualTo(55);
            assertThat(digits(total.get(columns.indexOf("Kinh phí dự kiến (đồng)")))).isEqualTo(148_000_000L);
        }

        var pdf = api().as("giamdoc").get("/api/v1/plans/" + id + "/decision.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            // the header's left column: from the page's edge to the middle, above the title
            PDFTextStripperByArea left = new PDFTextStripperByArea();
            left.addRegion("agency", new java.awt.geom.Rectangle2D.Float(0, 0, 280, 140));
            left.extractRegions(doc.getPage(0));
            List<String> lines = List.of(left.getTextForRegion("agency").split("\\R")).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            assertThat(lines).startsWith("ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "SỞ NỘI VỤ");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("báo cáo Giám đốc Sở.", "Hình thức", "Giảng viên", "Tổ chức lớp",
                    "Học viện Chính trị khu vực I", "Tổng cộng 55 148.000.000");
        }
    }

    private static long digits(String s) {
        String d = s.replaceAll("\\D", "");
        return d.isEmpty() ? 0 : Long.parseLong(d);
    }

    /** Units receive the approved decision (QT.VP.05 5.2.5, issue 9); staff members do not download it. */
    @Test
    void unitHeadsReceiveTheApprovedDecisionAndStaffCannotDownloadIt() {
        long id = approved(2092);
        assertThat(api().as("tp.tccb").get("/api/v1/plans/" + id + "/decision.pdf").status()).isEqualTo(200);
        assertThat(api().as("nhanvien").get("/api/v1/plans/" + id + "/decision.docx").status()).isEqualTo(403);
    }
}
