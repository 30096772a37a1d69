package vn.boiduong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.boiduong.documents.internal.DocxTemplate;

class DocxRendererTest {

    private final DocxRenderer renderer = new DocxRenderer();

    @Test
    void headerNumberAndDateAreThoseOfDecree30() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.decision(12)))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ");
            assertThat(header.getRow(0).getCell(1).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/QĐ-SNV");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Bắc Giang, ngày 05 tháng 02 năm 2027");
            XWPFRun agency = runWith(header.getRow(0).getCell(0), "SỞ NỘI VỤ");
            assertThat(agency.isBold()).isTrue();
            assertThat(agency.getFontSizeAsDouble()).isEqualTo(13.0);
            assertThat(runWith(header.getRow(1).getCell(1), "Bắc Giang").isItalic()).isTrue();
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("QUYẾT ĐỊNH\n" + SampleDocuments.SUMMARY, "GIÁM ĐỐC SỞ NỘI VỤ",
                    "Căn cứ Nghị định số 101/2017/NĐ-CP", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Kế hoạch",
                    "Điều 3. Chánh Văn phòng Sở", "Tổng số lớp: 12 lớp", "Nơi nhận:", "- Như Điều 3;",
                    "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Mạnh Hùng");
            assertThat(text).doesNotContain("{{", "}}");
        }
    }

    /** Decree 30: the authority's name breaks between words of meaning, where the agency put its lines. */
    @Test
    void agencyNamesBreakWhereTheirSettingsBreakThem() throws IOException {
        OfficialDocument d = SampleDocuments.decisionOf("Ủy ban nhân dân \r\n\n  tỉnh Bắc Giang", "Sở Nội vụ");
        try (XWPFDocument doc = open(renderer.render(d))) {
            XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
            java.util.List<String> lines = left.getParagraphs().stream()
                    .flatMap(p -> java.util.Arrays.stream(p.getText().split("\n"))).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            assertThat(lines).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "SỞ NỘI VỤ");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("SỞ NỘI VỤ");
        }
    }

    @Test
    void articleLabelsAreBoldAndTheirTextIsNot() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.decision(-1)))) {
            XWPFParagraph article = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 2."))
                    .findFirst().orElseThrow();
            assertThat(article.getRuns().get(0).text()).isEqualTo("Điều 2.");
            assertThat(article.getRuns().get(0).isBold()).isTrue();
            assertThat(article.getRuns().get(1).isBold()).isFalse();
            assertThat(article.getIndentationFirstLine()).isEqualTo(720);
            assertThat(article.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH);
        }
    }

    @Test
    void everyRunIsTimesNewRoman() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.decision(5)))) {
            int runs = 0;
            for (XWPFParagraph p : DocxTemplate.paragraphs(doc)) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily()).as(p.getText()).isEqualTo("Times New Roman");
                    runs++;
                }
            }
            assertThat(runs).isGreaterThan(40);
        }
    }

    @Test
    void pageIsA4WithTheMarginsOfDecree30AndTheAnnexIsLandscape() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.decision(5)))) {
            CTSectPr main = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().getSectPr() != null).findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(main.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(main.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(main.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));    // 20 mm
            assertThat(main.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134)); // 20 mm
            assertThat(main.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));   // 30 mm
            assertThat(main.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));   // 15 mm
            CTSectPr annex = doc.getDocument().getBody().getSectPr();
            assertThat(annex.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(annex.getPgSz().getH()).isEqualTo(BigInteger.valueOf(11906));
        }
    }

    @Test
    void withoutAnnexTheDocumentEndsPortraitWithNoAnnexLeft() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.decision(-1)))) {
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertThat(last.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null);
            assertThat(doc.getTables()).hasSize(2);
            assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("PHỤ LỤC", "{{");
        }
    }

    @Test
    void annexTableHasTheMergedHeaderRepeatedAndTheRows() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.decision(12)))) {
            XWPFTable annex = doc.getTables().get(2);
            assertThat(annex.getRows()).hasSize(3 + 12 + 1);
            // Row 1: STT spans three rows (vMerge), Thời gian two columns, Kinh phí three.
            var first = annex.getRow(0);
            assertThat(first.getCell(0).getText()).isEqualTo("STT");
            assertThat(first.getCell(0).getCTTc().getTcPr().getVMerge()).isNotNull();
            assertThat(first.getCell(4).getText()).isEqualTo("Thời gian");
            assertThat(first.getCell(4).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.TWO);
            assertThat(first.getCell(6).getText()).isEqualTo("Kinh phí dự kiến (triệu đồng)");
            assertThat(first.getCell(6).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(3));
            assertThat(annex.getRow(1).getCell(7).getText()).isEqualTo("Ngân sách nhà nước");
            assertThat(annex.getRow(2).getCell(8).getText()).isEqualTo("Địa phương");
            for (int r = 0; r < 3; r++) {
                assertThat(annex.getRow(r).isRepeatHeader()).isTrue();
            }
            var row2 = annex.getRow(4);
            assertThat(row2.getCell(1).getText()).isEqualTo("Bồi dưỡng lý luận chính trị trung cấp");
            assertThat(row2.getCell(4).getText()).isEqualTo("02/04/2027");
            assertThat(row2.getCell(7).getText()).isEqualTo("13,5");
            assertThat(row2.getCell(7).getParagraphs().get(0).getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            assertThat(row2.getCell(10).getText()).isEqualTo("=1+1");
            var total = annex.getRow(15);
            assertThat(total.getCell(1).getText()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(3).getText()).isEqualTo(Integer.toString(sum(20, 12)));
            assertThat(total.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void theShippedTemplateHasEveryPlaceholder() {
        assertThat(DocxRenderer.missingPlaceholders(DocxRenderer.defaultTemplate())).isEmpty();
        assertThat(DocxRenderer.missingPlaceholders("not a docx".getBytes())).isEqualTo(DocxRenderer.REQUIRED);
    }

    @Test
    void convertsWithLibreOfficeWhereInstalled() throws Exception {
        Path office = vn.boiduong.support.External.requireLibreOffice();
        Path docx = Files.createTempDirectory("docx").resolve("decision.docx");
        Files.write(docx, renderer.render(SampleDocuments.decision(30)));
        Path pdfFile = vn.boiduong.support.External.convert(office, docx, "pdf");
        try (var pdf = Loader.loadPDF(pdfFile.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("QUYẾT ĐỊNH", "Vũ Mạnh Hùng", "Điều 1");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void savesASample() throws IOException {
        byte[] bytes = renderer.render(SampleDocuments.decision(40));
        assertThat(SampleDocuments.save("decision.docx", bytes)).exists();
    }

    private static int sum(int base, int rows) {
        int s = 0;
        for (int i = 0; i < rows; i++) {
            s += base + i % 15;
        }
        return s;
    }


    private static XWPFRun runWith(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> r.text().contains(text))
                .findFirst().orElseThrow();
    }

    static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }
}
