package vn.boiduong.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines that fit a width, measured with the real font metrics. Words
 * break at spaces; a word longer than the line (a long number in a narrow column) is cut; a "\n"
 * forces a new line.
 */
public final class TextLayout {

    /** A part of a word in one style. */
    public record Piece(String text, SerifFont font, float width) {
    }

    /** A word (pieces with no space between them) and the width of the space after it. */
    public record Word(List<Piece> pieces, float width, float spaceAfter) {
    }

    /** A laid-out line; {@code last} lines of a paragraph are not justified. */
    public record Line(List<Word> words, float width, boolean last) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Word w : words) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                w.pieces().forEach(p -> sb.append(p.text()));
            }
            return sb.toString();
        }
    }

    private TextLayout() {
    }

    /**
     * @param firstIndent indent of the first line only (the 1.27 cm of body paragraphs)
     */
    public static List<Line> wrap(List<Span> spans, float size, float width, float firstIndent) {
        List<List<Word>> hardLines = words(spans, size);
        List<Line> lines = new ArrayList<>();
        boolean first = true;
        for (List<Word> words : hardLines) {
            List<Word> current = new ArrayList<>();
            float used = 0;
            float room = width - (first ? firstIndent : 0);
            for (Word w : words) {
                for (Word part : fit(w, width, size)) {
                    float need = current.isEmpty() ? part.width() : used + current.get(current.size() - 1).spaceAfter() + part.width();
                    if (!current.isEmpty() && need > room + 0.01f) {
                        lines.add(new Line(current, used, false));
                        first = false;
                        room = width;
                        current = new ArrayList<>();
                        need = part.width();
                    }
                    current.add(part);
                    used = need;
                }
            }
            lines.add(new Line(current, used, true));
            first = false;
        }
        return lines;
    }

    /** Width of the widest line. */
    public static float widest(List<Line> lines) {
        float w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    private static List<List<Word>> words(List<Span> spans, float size) {
        List<List<Word>> hardLines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Span span : spans) {
            String text = SerifFont.clean(span.text());
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\n') {
                    flushPiece(piece, span.font(), size, pieces);
                    flushWord(pieces, span.font(), size, line);
                    if (c == '\n') {
                        hardLines.add(line);
                        line = new ArrayList<>();
                    }
                } else {
                    piece.append(c);
                }
            }
            flushPiece(piece, span.font(), size, pieces);
        }
        flushWord(pieces, SerifFont.REGULAR, size, line);
        hardLines.add(line);
        return hardLines;
    }

    private static void flushPiece(StringBuilder piece, SerifFont font, float size, List<Piece> pieces) {
        if (piece.length() > 0) {
            String t = piece.toString();
            pieces.add(new Piece(t, font, font.width(t, size)));
            piece.setLength(0);
        }
    }

    private static void flushWord(List<Piece> pieces, SerifFont font, float size, List<Word> line) {
        if (pieces.isEmpty()) {
            return;
        }
        float w = 0;
        for (Piece p : pieces) {
            w += p.width();
        }
        SerifFont spaceFont = pieces.get(pieces.size() - 1).font();
        line.add(new Word(List.copyOf(pieces), w, spaceFont.width(" ", size)));
        pieces.clear();
    }

    /** A word wider than the line is cut into parts that fit, so nothing runs out of its box. */
    private static List<Word> fit(Word w, float width, float size) {
        if (w.width() <= width || w.pieces().size() != 1) {
            return List.of(w);
        }
        Piece p = w.pieces().get(0);
        List<Word> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.text().length(); i++) {
            sb.append(p.text().charAt(i));
            if (p.font().width(sb.toString(), size) > width && sb.length() > 1) {
                sb.setLength(sb.length() - 1);
                String t = sb.toString();
                parts.add(new Word(List.of(new Piece(t, p.font(), p.font().width(t, size))), p.font().width(t, size), 0));
                sb.setLength(0);
                sb.append(p.text().charAt(i));
            }
        }
        String t = sb.toString();
        float tw = p.font().width(t, size);
        parts.add(new Word(List.of(new Piece(t, p.font(), tw)), tw, w.spaceAfter()));
        return parts;
    }
}
