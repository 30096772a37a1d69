package vn.boiduong.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import vn.boiduong.documents.internal.PdfCanvas;
import vn.boiduong.documents.internal.PdfCanvas.Align;
import vn.boiduong.documents.internal.PdfCanvas.Para;
import vn.boiduong.documents.internal.PdfTableWriter;
import vn.boiduong.documents.internal.Span;

/**
 * Writes an {@link OfficialDocument} as PDF in the layout of Decree 30 (the same as the DOCX
 * template): A4, Liberation Serif embedded (Times New Roman's metrics, every Vietnamese letter),
 * text that extracts with its diacritics, page numbers from page 2, and the annex on new pages
 * with its table header repeated. Thread-safe; one document per call.
 */
@Component
public class PdfRenderer {

    private static final float MM = PdfCanvas.MM;
    private static final float LEFT_COLUMN = 70 * MM;
    private static final float INDENT = 12.7f * MM;
    private static final float BODY = 14;

    public byte[] render(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    public void render(OfficialDocument d, OutputStream out) {
        PdfCanvas canvas = null;
        try (PDDocument pdf = new PDDocument()) {
            canvas = new PdfCanvas(pdf);
            canvas.newPage(false);
            header(canvas, d);
            body(canvas, d);
            signature(canvas, d);
            if (d.annex() != null) {
                annex(canvas, d.annex());
            }
            canvas.numberPages(13);
            describe(pdf, d);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        } finally {
            if (canvas != null) {
                canvas.release();
            }
        }
    }

    /** Two columns: the agency and the number on the left, the national motto and the date on the right. */
    private void header(PdfCanvas c, OfficialDocument d) {
        float top = c.y();
        float rightX = c.left() + LEFT_COLUMN;
        float rightW = c.width() - LEFT_COLUMN;
        List<Para> left = new ArrayList<>();
        if (!d.parentAgency().isEmpty()) {
            left.add(Para.of(Span.regular(d.parentAgency()), 13, Align.CENTER));
        }
        left.add(Para.of(Span.bold(d.issuingAgency()), 13, Align.CENTER).ruled(0.4f));
        List<Para> right = List.of(
                Para.of(Span.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 12, Align.CENTER).spacing(0, 1),
                Para.of(Span.bold("Độc lập - Tự do - Hạnh phúc"), 13, Align.CENTER).ruled(1));
        float leftH = c.box(left, c.left(), LEFT_COLUMN, top, true) + 3;
        float rightH = c.box(right, rightX, rightW, top, true) + 3;
        // The number and the date stand on one line under the taller of the two blocks.
        float line = top - Math.max(leftH, rightH) - 4;
        float numberH = c.box(List.of(Para.of(Span.regular(d.numberLine()), 13, Align.CENTER)), c.left(), LEFT_COLUMN,
                line, true);
        float dateH = c.box(List.of(Para.of(Span.italic(d.placeAndDateLine()), 13, Align.CENTER)), rightX, rightW,
                line, true);
        c.y(line - Math.max(numberH, dateH));
    }

    private void body(PdfCanvas c, OfficialDocument d) {
        c.flow(Para.of(Span.bold(d.title()), BODY, Align.CENTER).spacing(18, 0));
        if (!d.summary().isEmpty()) {
            c.flow(Para.of(Span.bold(d.summary()), BODY, Align.CENTER).ruled(0.4f));
        }
        if (!d.issuer().isEmpty()) {
            c.flow(Para.of(Span.bold(d.issuer()), BODY, Align.CENTER).spacing(12, 6));
        }
        for (String basis : d.legalBases()) {
            c.flow(bodyPara(List.of(Span.italic(basis))));
        }
        if (d.enactingLine() != null) {
            c.flow(Para.of(Span.bold(d.enactingLine()), BODY, Align.CENTER).spacing(12, 6));
        }
        for (String p : d.paragraphs()) {
            c.flow(bodyPara(List.of(Span.regular(p))));
        }
        int n = 1;
        for (Article a : d.articles()) {
            c.flow(bodyPara(List.of(Span.bold(Article.label(n++) + " "), Span.regular(a.text()))));
            for (String p : a.paragraphs()) {
                c.flow(bodyPara(List.of(Span.regular(p))));
            }
        }
    }

    private static Para bodyPara(List<Span> spans) {
        return new Para(spans, BODY, Align.JUSTIFY, INDENT, 6, 0, 0);
    }

    /** Recipients on the left, the signer on the right, kept together on one page. */
    private void signature(PdfCanvas c, OfficialDocument d) {
        float recipientsW = 80 * MM;
        float signX = c.left() + recipientsW;
        float signW = c.width() - recipientsW;
        List<Para> left = new ArrayList<>();
        if (!d.recipients().isEmpty()) {
            left.add(Para.of(Span.boldItalic("Nơi nhận:"), 12, Align.LEFT));
            d.recipients().forEach(r -> left.add(Para.of(Span.regular(r), 11, Align.LEFT)));
        }
        List<Para> right = new ArrayList<>();
        d.signature().titleLines().forEach(t -> right.add(Para.of(Span.bold(t), BODY, Align.CENTER)));
        right.add(Para.of(Span.bold(d.signature().signerName()), BODY, Align.CENTER).spacing(25 * MM, 0));
        float gap = 12;
        float height = Math.max(c.box(left, c.left(), recipientsW, 0, false), c.box(right, signX, signW, 0, false));
        if (!c.fits(gap + height)) {
            c.continueOnNewPage();
        } else {
            c.down(gap);
        }
        float top = c.y();
        c.box(left, c.left(), recipientsW, top, true);
        c.box(right, signX, signW, top, true);
        c.y(top - height);
    }

    private void annex(PdfCanvas c, Annex annex) {
        c.newPage(annex.landscape());
        for (String t : annex.titleLines()) {
            c.flow(Para.of(Span.bold(t), BODY, Align.CENTER));
        }
        if (annex.note() != null && !annex.note().isBlank()) {
            c.flow(Para.of(Span.italic(annex.note()), BODY, Align.CENTER));
        }
        c.down(10);
        new PdfTableWriter(c, annex.table()).draw();
    }

    private static void describe(PDDocument pdf, OfficialDocument d) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(d.title() + " " + d.summary());
        info.setAuthor(d.issuingAgency().replace('\n', ' '));
        info.setCreator("Bồi Dưỡng");
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage("vi-VN");
    }
}
