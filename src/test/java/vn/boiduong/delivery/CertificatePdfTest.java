package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.boiduong.delivery.internal.CertificatePdf;

/** The certificate's PDF, read back with PDFBox: every field and the verification address are in its text. */
class CertificatePdfTest {

    @Test
    void thePdfCarriesEveryPrintedFieldInVietnamese() throws Exception {
        byte[] pdf = new CertificatePdf().render(new CertificatePdf.Content("UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ",
                "Bắc Giang", "7/2026/GCN-SNV", LocalDate.of(2026, 3, 9), LocalDate.of(2028, 3, 9), "Bà",
                "Nguyễn Thị Hường", LocalDate.of(1985, 5, 17), "Phòng Công chức, viên chức",
                "Bồi dưỡng kỹ năng chuyển đổi số cho công chức các phòng chuyên môn thuộc Sở",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), new BigDecimal("15.00"), new BigDecimal("8.5"),
                "Giỏi", "GIÁM ĐỐC", "Trần Văn Bình", "0123456789abcdef0123456789abcdef",
                "https://boiduong.example.vn/verify/0123456789abcdef0123456789abcdef"));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("GIẤY CHỨNG NHẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "SỞ NỘI VỤ", "Bà Nguyễn Thị Hường", "Ngày sinh: 17/05/1985",
                    "Phòng Công chức, viên chức", "chuyển đổi số", "từ ngày 02/03/2026 đến ngày 06/03/2026",
                    "15 giờ học", "điểm 8,5, xếp loại Giỏi", "Số: 7/2026/GCN-SNV",
                    "Giấy chứng nhận có giá trị đến ngày 09/03/2028", "Bắc Giang, ngày 09 tháng 3 năm 2026",
                    "GIÁM ĐỐC", "Trần Văn Bình", "Mã xác thực: 0123456789abcdef0123456789abcdef",
                    "https://boiduong.example.vn/verify/0123456789abcdef0123456789abcdef");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Giấy chứng nhận số 7/2026/GCN-SNV");
        }
    }
}
