package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

    @Test
    void unitHeadsAndStaffCannotDownloadTheDecision() {
        long id = approved(2092);
        assertThat(api().as("tp.tccb").get("/api/v1/plans/" + id + "/decision.pdf").status()).isEqualTo(403);
        assertThat(api().as("nhanvien").get("/api/v1/plans/" + id + "/decision.docx").status()).isEqualTo(403);
    }
}
