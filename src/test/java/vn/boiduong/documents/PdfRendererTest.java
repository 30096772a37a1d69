package vn.boiduong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void decisionTextExtractsWithItsDiacritics() throws IOException {
        byte[] pdf = renderer.render(SampleDocuments.decision(12));
        SampleDocuments.save("decision.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 05/QĐ-SNV", "Bắc Giang, ngày 05 tháng 02 năm 2027",
                    "QUYẾT ĐỊNH", "GIÁM ĐỐC SỞ NỘI VỤ", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 3.", "Nơi nhận:",
                    "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Mạnh Hùng",
                    "DANH SÁCH CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG NĂM 2027", "Bồi dưỡng lý luận chính trị trung cấp",
                    "Tổng cộng");
            assertThat(text.replaceAll("\\s+", " ")).contains(
                    "Về việc phê duyệt Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức và người lao động năm 2027");
        }
    }

    /** Decree 30: the authority's name breaks between words of meaning, where the agency put its lines. */
    @Test
    void agencyNamesBreakWhereTheirSettingsBreakThem() throws IOException {
        byte[] pdf = renderer.render(SampleDocuments.decisionOf("Ủy ban nhân dân\ntỉnh Bắc Giang", "Sở Nội vụ"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea left = new PDFTextStripperByArea();
            // the header's left column, above the number line
            left.addRegion("agency", new java.awt.geom.Rectangle2D.Float(0, 0, 280, 140));
            left.extractRegions(doc.getPage(0));
            java.util.List<String> lines = java.util.Arrays.stream(left.getTextForRegion("agency").split("\\R"))
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertThat(lines).startsWith("ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "SỞ NỘI VỤ");
        }
    }

    @Test
    void fontsAreEmbeddedAndPagesAreA4() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(SampleDocuments.decision(60)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            PDPage annex = doc.getPage(doc.getNumberOfPages() - 1);
            assertThat(annex.getMediaBox().getWidth()).as("the annex is landscape").isGreaterThan(annex.getMediaBox().getHeight());
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThan(0);
        }
    }

    @Test
    void annexHeaderRepeatsOnEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(SampleDocuments.decision(200)))) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            int annexPages = 0;
            for (int p = 2; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                if (text.contains("Hội trường Sở")) {
                    annexPages++;
                    assertThat(text).as("page " + p).contains("Tên lớp / nội dung", "Kinh phí dự kiến",
                            "Địa điểm");
                }
            }
            assertThat(annexPages).isGreaterThan(3);
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc)).contains("200", "Tổng cộng");
        }
    }

    @Test
    void aDraftLeavesNumberAndDayBlank() throws IOException {
        OfficialDocument draft = OfficialDocument.builder().agencies("UBND tỉnh Bắc Giang", "Sở Nội vụ")
                .number(DocumentNumber.draft(2027, DocumentKind.PLAN, "SNV")).placeAndDate("Bắc Giang", null)
                .summary("Đào tạo, bồi dưỡng năm 2027").paragraph("Nội dung.")
                .signature(Signature.head("Giám đốc", "Vũ Mạnh Hùng")).build();
        try (PDDocument doc = Loader.loadPDF(renderer.render(draft))) {
            String text = new PDFTextStripper().getText(doc).replaceAll(" +", " ");
            assertThat(text).contains("Số: /KH-SNV", "Bắc Giang, ngày tháng năm 2027", "KẾ HOẠCH", "GIÁM ĐỐC");
            assertThat(text).doesNotContain("Nơi nhận:");
        }
    }
}
