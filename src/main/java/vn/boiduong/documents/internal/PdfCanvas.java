package vn.boiduong.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Pages of A4 with the margins of Decree 30 and a cursor that moves down them: paragraphs flow on
 * to a new page when the page is full; boxes (the two header columns, the signature) are placed at
 * a given height. All sizes are points.
 */
public final class PdfCanvas {

    public static final float MM = 72f / 25.4f;
    public static final float TOP = 20 * MM;
    public static final float BOTTOM = 20 * MM;
    public static final float LEFT = 30 * MM;
    public static final float RIGHT = 15 * MM;
    /** Height of a line as a share of the font size: Times New Roman's "single" spacing. */
    public static final float SINGLE = 1.15f;
    /** From the top of a line to its baseline, as a share of the font size (the font's ascent). */
    private static final float ASCENT = 0.891f;

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /**
     * A paragraph: spans in one size, aligned, with a first-line indent, space before and after, and
     * optionally a centred rule under it whose length is a share of its widest line (1 = the line).
     */
    public record Para(List<Span> spans, float size, Align align, float firstIndent, float before, float after,
            float rule) {
        public static Para of(Span span, float size, Align align) {
            return new Para(List.of(span), size, align, 0, 0, 0, 0);
        }

        public Para spacing(float before, float after) {
            return new Para(spans, size, align, firstIndent, before, after, rule);
        }

        public Para indent(float firstIndent) {
            return new Para(spans, size, align, firstIndent, before, after, rule);
        }

        public Para ruled(float share) {
            return new Para(spans, size, align, firstIndent, before, after, share);
        }
    }

    private final PDDocument doc;
    private final Map<SerifFont, PDFont> fonts = new EnumMap<>(SerifFont.class);
    private final List<TrueTypeFont> parsed = new java.util.ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private boolean landscape;
    private float y;
    private PDFont currentFont;
    private float currentSize;

    public PdfCanvas(PDDocument doc) {
        this.doc = doc;
    }

    public PDFont font(SerifFont f) {
        return fonts.computeIfAbsent(f, k -> {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(k.bytes()));
                // No glyph substitution: PDFBox would run its ligature engine (a regex per call) on
                // every string, ten times the cost of the rest, and a ligature has no character of
                // its own in the ToUnicode map, so its letters would vanish from the extracted text.
                ttf.setEnableGsub(false);
                parsed.add(ttf);
                // Subset embedding: only the glyphs used go into the file, with a ToUnicode map so
                // the text extracts with its diacritics.
                return PDType0Font.load(doc, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Releases the parsed fonts; call after the document is saved (subsetting reads them). */
    public void release() {
        for (TrueTypeFont ttf : parsed) {
            try {
                ttf.close();
            } catch (IOException e) {
                // only memory buffers: nothing to recover
            }
        }
        parsed.clear();
    }

    public void newPage(boolean landscape) {
        close();
        this.landscape = landscape;
        PDRectangle size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        page = new PDPage(size);
        doc.addPage(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        currentFont = null;
        y = size.getHeight() - TOP;
    }

    /** Starts a page in the same orientation: the flow ran off the bottom. */
    public void continueOnNewPage() {
        newPage(landscape);
    }

    public boolean landscape() { return landscape; }
    public float left() { return LEFT; }
    public float width() { return page.getMediaBox().getWidth() - LEFT - RIGHT; }
    public float y() { return y; }
    public void y(float y) { this.y = y; }
    public boolean atTop() { return y >= page.getMediaBox().getHeight() - TOP - 0.01f; }
    public boolean fits(float height) { return y - height >= BOTTOM - 0.01f; }

    public void down(float dy) {
        y -= dy;
    }

    /** Flows a paragraph at the cursor over the full text width, on to new pages as needed. */
    public void flow(Para p) {
        if (!atTop()) {
            y -= p.before();
        }
        List<TextLayout.Line> lines = TextLayout.wrap(p.spans(), p.size(), width(), p.firstIndent());
        float leading = p.size() * SINGLE;
        for (int i = 0; i < lines.size(); i++) {
            if (!fits(leading)) {
                continueOnNewPage();
            }
            drawLine(lines.get(i), LEFT + (i == 0 ? p.firstIndent() : 0), y, width() - (i == 0 ? p.firstIndent() : 0),
                    p.size(), p.align());
            y -= leading;
        }
        if (p.rule() > 0) {
            drawRule(LEFT, width(), TextLayout.widest(lines) * p.rule());
        }
        y -= p.after();
    }

    /**
     * Lays paragraphs in a box of the given left and width from the given top, without page breaks;
     * draws them only if asked, so a block can be measured before it is placed. Returns the height.
     */
    public float box(List<Para> paras, float x, float boxWidth, float top, boolean draw) {
        float yy = top;
        for (Para p : paras) {
            yy -= p.before();
            List<TextLayout.Line> lines = TextLayout.wrap(p.spans(), p.size(), boxWidth, p.firstIndent());
            float leading = p.size() * SINGLE;
            for (int i = 0; i < lines.size(); i++) {
                if (draw) {
                    drawLine(lines.get(i), x + (i == 0 ? p.firstIndent() : 0), yy, boxWidth - (i == 0 ? p.firstIndent() : 0),
                            p.size(), p.align());
                }
                yy -= leading;
            }
            if (p.rule() > 0 && draw) {
                float saved = y;
                y = yy;
                drawRule(x, boxWidth, TextLayout.widest(lines) * p.rule());
                y = saved;
            }
            yy -= p.after();
        }
        return top - yy;
    }

    /** Draws one line with its top at {@code top}. */
    public void drawLine(TextLayout.Line line, float x, float top, float boxWidth, float size, Align align) {
        if (line.words().isEmpty()) {
            return;
        }
        float baseline = top - ASCENT * size;
        boolean justify = align == Align.JUSTIFY && !line.last() && line.words().size() > 1;
        float start = switch (align) {
            case CENTER -> x + (boxWidth - line.width()) / 2;
            case RIGHT -> x + boxWidth - line.width();
            default -> x;
        };
        try {
            if (justify) {
                float extra = (boxWidth - line.width()) / (line.words().size() - 1);
                float xx = start;
                for (TextLayout.Word w : line.words()) {
                    show(w.pieces(), xx, baseline, size);
                    xx += w.width() + w.spaceAfter() + extra;
                }
            } else {
                // One text run per style change, spaces included: faster, and extracts as written.
                List<TextLayout.Piece> runs = new java.util.ArrayList<>();
                StringBuilder sb = new StringBuilder();
                SerifFont f = null;
                for (int i = 0; i < line.words().size(); i++) {
                    TextLayout.Word w = line.words().get(i);
                    for (int k = 0; k < w.pieces().size(); k++) {
                        TextLayout.Piece p = w.pieces().get(k);
                        if (f != null && p.font() != f) {
                            runs.add(new TextLayout.Piece(sb.toString(), f, 0));
                            sb.setLength(0);
                        }
                        f = p.font();
                        sb.append(p.text());
                    }
                    if (i < line.words().size() - 1) {
                        sb.append(' ');
                    }
                }
                runs.add(new TextLayout.Piece(sb.toString(), f, 0));
                show(runs, start, baseline, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(List<TextLayout.Piece> pieces, float x, float baseline, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (TextLayout.Piece p : pieces) {
            PDFont font = font(p.font());
            if (font != currentFont || size != currentSize) {
                content.setFont(font, size);
                currentFont = font;
                currentSize = size;
            }
            content.showText(p.text());
        }
        content.endText();
    }

    /** A centred rule of the given length just under the cursor, clear of the dots under letters. */
    private void drawRule(float x, float boxWidth, float length) {
        float ruleY = y - 0.5f;
        float start = x + (boxWidth - length) / 2;
        line(start, ruleY, start + length, ruleY, 0.6f);
        y -= 3;
    }

    public void line(float x1, float y1, float x2, float y2, float thickness) {
        try {
            content.setLineWidth(thickness);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void rect(float x, float top, float w, float h) {
        try {
            content.setLineWidth(0.5f);
            content.addRect(x, top - h, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page numbers from page 2, centred at the top (Decree 30, Appendix I). */
    public void numberPages(float size) {
        close();
        int count = doc.getNumberOfPages();
        for (int i = 1; i < count; i++) {
            PDPage p = doc.getPage(i);
            String n = Integer.toString(i + 1);
            float w = SerifFont.REGULAR.width(n, size);
            float x = (p.getMediaBox().getWidth() - w) / 2;
            float base = p.getMediaBox().getHeight() - TOP / 2 - size / 2;
            try (PDPageContentStream cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true)) {
                cs.beginText();
                cs.setFont(font(SerifFont.REGULAR), size);
                cs.newLineAtOffset(x, base);
                cs.showText(n);
                cs.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Ends the current page's content. */
    public void close() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
