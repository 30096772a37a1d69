package vn.boiduong.delivery.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.documents.VietnameseDates;

/**
 * Draws a certificate (giấy chứng nhận) on one landscape A4 page in the layout of an official paper:
 * the agency's names top left, the national motto top right, the title, the learner and the class, the
 * number, the place and date, the signer; at the foot the verification code and the address of the
 * public page that shows the same fields and the SHA-256 of this PDF as issued. Liberation Serif (the
 * project's fonts, every Vietnamese letter) is embedded.
 */
@Component
public class CertificatePdf {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final float MM = 72f / 25.4f;

    /** Everything printed. */
    public record Content(String parentAgency, String agency, String placeName, String number, LocalDate issuedOn,
            LocalDate expiresOn, String honorific, String fullName, LocalDate birthDate, String unitName,
            String classTitle, LocalDate classStart, LocalDate classEnd, BigDecimal hours, BigDecimal score,
            String classification, String signerTitle, String signerName, String verificationCode,
            String verifyUrl) {
    }

    public byte[] render(Content c) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            PDType0Font regular = font(doc, "LiberationSerif-Regular.ttf");
            PDType0Font bold = font(doc, "LiberationSerif-Bold.ttf");
            PDType0Font italic = font(doc, "LiberationSerif-Italic.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Giấy chứng nhận số " + c.number());
            info.setAuthor(oneLine(c.agency()));
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            created.clear();
            created.set(c.issuedOn().getYear(), c.issuedOn().getMonthValue() - 1, c.issuedOn().getDayOfMonth());
            info.setCreationDate(created);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setLineWidth(2.5f);
                s.addRect(10 * MM, 10 * MM, w - 20 * MM, h - 20 * MM);
                s.stroke();
                s.setLineWidth(0.8f);
                s.addRect(12.5f * MM, 12.5f * MM, w - 25 * MM, h - 25 * MM);
                s.stroke();

                float left = 20 * MM;
                float colW = 105 * MM;
                float rightX = w - 20 * MM - colW;
                float top = h - 22 * MM;
                // the agency (left) and the motto (right), each centred in its column
                float y = top;
                if (c.parentAgency() != null && !c.parentAgency().isBlank()) {
                    for (String line : c.parentAgency().split("\n")) {
                        y = centred(s, regular, 12, line.strip().toUpperCase(VI), left, colW, y);
                    }
                }
                for (String line : c.agency().split("\n")) {
                    y = centred(s, bold, 12, line.strip().toUpperCase(VI), left, colW, y);
                }
                rule(s, left + colW / 2 - 20 * MM, y + 10, 40 * MM);
                float yr = centred(s, bold, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightX, colW, top);
                yr = centred(s, bold, 13, "Độc lập - Tự do - Hạnh phúc", rightX, colW, yr);
                rule(s, rightX + colW / 2 - 30 * MM, yr + 10, 60 * MM);

                float mid = 30 * MM;
                float textW = w - 2 * mid;
                float ty = Math.min(y, yr) - 30;
                ty = centred(s, bold, 30, "GIẤY CHỨNG NHẬN", 0, w, ty) - 6;
                ty = centred(s, italic, 14, oneLine(c.agency()) + " chứng nhận", 0, w, ty) - 4;
                ty = centred(s, bold, 20, c.honorific() + " " + c.fullName(), 0, w, ty) - 4;
                List<String> lines = new ArrayList<>();
                if (c.birthDate() != null) {
                    lines.add("Ngày sinh: " + PageHelpers.DATE.format(c.birthDate()));
                }
                if (c.unitName() != null && !c.unitName().isBlank()) {
                    lines.add("Đơn vị công tác: " + c.unitName());
                }
                for (String line : lines) {
                    ty = centred(s, regular, 14, line, 0, w, ty);
                }
                ty = centred(s, regular, 14, "Đã hoàn thành chương trình bồi dưỡng:", 0, w, ty - 4);
                for (String line : wrap(bold, 16, c.classTitle(), textW)) {
                    ty = centred(s, bold, 16, line, 0, w, ty);
                }
                String period = "Thời gian: từ ngày " + PageHelpers.DATE.format(c.classStart()) + " đến ngày "
                        + PageHelpers.DATE.format(c.classEnd());
                if (c.hours() != null && c.hours().signum() > 0) {
                    period += " (" + number(c.hours()) + " giờ học)";
                }
                ty = centred(s, regular, 14, period, 0, w, ty);
                if (c.score() != null || c.classification() != null) {
                    String result = "Kết quả:" + (c.score() == null ? "" : " điểm " + number(c.score()))
                            + (c.classification() == null ? "" : (c.score() == null ? " " : ", ") + "xếp loại "
                                    + c.classification());
                    ty = centred(s, regular, 14, result, 0, w, ty);
                }
                if (c.expiresOn() != null) {
                    centred(s, italic, 13, "Giấy chứng nhận có giá trị đến ngày " + PageHelpers.DATE.format(c.expiresOn()),
                            0, w, ty);
                }

                // foot: the number and the verification (left), the place, date and signer (right)
                float fy = 58 * MM;
                float ly = text(s, regular, 13, "Số: " + c.number(), left + 5 * MM, fy);
                ly = text(s, regular, 11, "Mã xác thực: " + c.verificationCode(), left + 5 * MM, ly - 4);
                ly = text(s, regular, 11, "Tra cứu tại:", left + 5 * MM, ly);
                text(s, regular, 10, c.verifyUrl(), left + 5 * MM, ly);
                float sy = centred(s, italic, 13, VietnameseDates.placeAndDate(c.placeName(), c.issuedOn()), rightX, colW,
                        fy + 16);
                for (String line : c.signerTitle().split("\n")) {
                    sy = centred(s, bold, 13, line.strip().toUpperCase(VI), rightX, colW, sy);
                }
                centred(s, bold, 13, c.signerName(), rightX, colW, sy - 26 * MM);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument doc, String file) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: /fonts/" + file);
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** Draws a line centred in [x, x + width] with its baseline below {@code y}; returns the next line's top. */
    private static float centred(PDPageContentStream s, PDType0Font f, float size, String text, float x, float width,
            float y) throws IOException {
        float tw = f.getStringWidth(text) / 1000 * size;
        float baseline = y - size;
        s.beginText();
        s.setFont(f, size);
        s.newLineAtOffset(x + (width - tw) / 2, baseline);
        s.showText(text);
        s.endText();
        return baseline - size * 0.35f;
    }

    private static float text(PDPageContentStream s, PDType0Font f, float size, String text, float x, float y)
            throws IOException {
        float baseline = y - size;
        s.beginText();
        s.setFont(f, size);
        s.newLineAtOffset(x, baseline);
        s.showText(text);
        s.endText();
        return baseline - size * 0.35f;
    }

    private static void rule(PDPageContentStream s, float x, float y, float width) throws IOException {
        s.setLineWidth(0.6f);
        s.moveTo(x, y);
        s.lineTo(x + width, y);
        s.stroke();
    }

    private static List<String> wrap(PDType0Font f, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && f.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /** 8,5 and 40 (no trailing zeros, a decimal comma). */
    static String number(BigDecimal n) {
        BigDecimal x = n.stripTrailingZeros();
        return (x.scale() < 0 ? x.setScale(0) : x).toPlainString().replace('.', ',');
    }
}
