package vn.boiduong.competency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The checks an evidence file passes before it is stored, on real files made here. */
class EvidenceCheckTest {

    static final long MAX = 5L * 1024 * 1024;

    static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Biên bản đánh giá năng lực");
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("Điểm").createRow(0).createCell(0).setCellValue("Nguyễn Văn A");
            w.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zipOf(String name, byte[] content, int copies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    + "document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < copies; i++) {
                zip.putNextEntry(new ZipEntry(name + i));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void realWordAndExcelFilesPassUnderTheirOwnExtensionOnly() throws Exception {
        assertThat(EvidenceCheck.check("Biên bản.docx", docx(), MAX).kind()).isEqualTo(EvidenceCheck.Kind.DOCX);
        assertThat(EvidenceCheck.check("Bảng điểm.XLSX", xlsx(), MAX).kind()).isEqualTo(EvidenceCheck.Kind.XLSX);
        assertThatThrownBy(() -> EvidenceCheck.check("Biên bản.xlsx", docx(), MAX))
                .hasMessageContaining("không phải là Excel (XLSX)");
        assertThatThrownBy(() -> EvidenceCheck.check("Bảng điểm.docx", xlsx(), MAX))
                .hasMessageContaining("không phải là Word (DOCX)");
        assertThatThrownBy(() -> EvidenceCheck.check("Bảng điểm.pdf", xlsx(), MAX))
                .hasMessageContaining("không phải là PDF");
    }

    @Test
    void renamedProgramsAndPagesAreRefused() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceCheck.check("chung-chi.pdf", exe, MAX)).hasMessageContaining("đổi tên");
        assertThatThrownBy(() -> EvidenceCheck.check("chung-chi.pdf", html, MAX)).hasMessageContaining("đổi tên");
        assertThatThrownBy(() -> EvidenceCheck.check("anh.png", html, MAX)).hasMessageContaining("PNG");
        assertThatThrownBy(() -> EvidenceCheck.check("setup.exe", exe, MAX))
                .hasMessageContaining("chỉ nhận PDF, JPEG, PNG, DOCX, XLSX");
        assertThatThrownBy(() -> EvidenceCheck.check("trang.html", html, MAX)).hasMessageContaining("chỉ nhận");
        // an old binary Office file (or a password-protected one) under a new extension
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> EvidenceCheck.check("cu.docx", ole2, MAX)).hasMessageContaining("đời cũ");
    }

    @Test
    void aZipThatExpandsFarBeyondItsSizeIsAZipBomb() throws IOException {
        byte[] zeros = new byte[20 * 1024 * 1024];
        byte[] bomb = zipOf("word/filler", zeros, 1);
        assertThat((long) bomb.length).isLessThan(MAX);
        assertThatThrownBy(() -> EvidenceCheck.check("bom.docx", bomb, MAX)).hasMessageContaining("bom nén");
        // a plain zip that is no Office package at all
        byte[] plain = new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("xin chào".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        plain = out.toByteArray();
        byte[] finalPlain = plain;
        assertThatThrownBy(() -> EvidenceCheck.check("tai-lieu.docx", finalPlain, MAX)).hasMessageContaining("hỏng");
        assertThatThrownBy(() -> EvidenceCheck.check("tai-lieu.docx", new byte[] {'P', 'K', 3, 4, 1, 2}, MAX))
                .hasMessageContaining("hỏng");
    }

    @Test
    void sizeIsCheckedFromTheDeclaredSizeAndTheBytes() {
        byte[] big = new byte[(int) MAX + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        assertThatThrownBy(() -> EvidenceCheck.check("lon.pdf", big, MAX))
                .isInstanceOfSatisfying(EvidenceCheck.Refused.class, r -> assertThat(r.tooLarge()).isTrue())
                .hasMessageContaining("vượt quá giới hạn 5 MB");
        assertThatThrownBy(() -> EvidenceCheck.checkSize("rong.pdf", 0, MAX)).hasMessageContaining("rỗng");
    }

    @Test
    void namesLoseTheirPathsControlCharactersAndDisguises() {
        assertThat(EvidenceCheck.sanitise("../../etc/Chứng chỉ QLNN.pdf")).isEqualTo("Chứng chỉ QLNN.pdf");
        assertThat(EvidenceCheck.sanitise("C:\\Users\\an\\Bảng điểm.xlsx")).isEqualTo("Bảng điểm.xlsx");
        // decomposed (as a Mac sends it) becomes composed: one name whatever the keyboard
        assertThat(EvidenceCheck.sanitise("Nguye\u0302\u0303n.pdf")).isEqualTo("Nguyễn.pdf");
        // a right-to-left override would show "anh\u202Efdp.exe" as "anhexe.pdf"
        assertThat(EvidenceCheck.sanitise("anh\u202Egnp.exe")).isEqualTo("anhgnp.exe");
        assertThat(EvidenceCheck.sanitise("a\u0000b\r\n<x>\"y\".pdf")).isEqualTo("ab_x__y_.pdf");
        assertThat(EvidenceCheck.sanitise(".hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(EvidenceCheck.sanitise("...")).isEqualTo("minh-chung");
        assertThat(EvidenceCheck.sanitise("/")).isEqualTo("minh-chung");
        String longName = "Ả".repeat(300) + ".pdf";
        assertThat(EvidenceCheck.sanitise(longName)).hasSize(200).endsWith("Ả.pdf");
    }
}
