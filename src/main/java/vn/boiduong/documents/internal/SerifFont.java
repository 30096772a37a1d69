package vn.boiduong.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Liberation Serif, shipped in /fonts: metric-compatible with Times New Roman and complete for
 * Vietnamese. Holds each style's file and advance widths once per JVM, so text can be measured for
 * both the PDF and the DOCX (whose rules are sized to the text they underline).
 */
public enum SerifFont {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    private final String file;
    private volatile Loaded loaded;

    SerifFont(String file) {
        this.file = file;
    }

    public static SerifFont of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    /** The font file, to embed. */
    public byte[] bytes() {
        return load().bytes;
    }

    /** Width of the text in points at the given size. */
    public float width(String text, float size) {
        Loaded l = load();
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += l.advance(text.charAt(i));
        }
        return units * size / l.unitsPerEm;
    }

    public boolean hasGlyph(char c) {
        return load().advances[c] >= 0;
    }

    /**
     * The text made safe to draw: composed (NFC, so "ệ" is one glyph even when typed decomposed),
     * tabs as spaces, control characters dropped, and letters the font lacks shown as "?" instead of
     * failing the whole document.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\u00A0') {
                out.append(' ');
            } else if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c)) {
                continue;
            } else if (Character.isLowSurrogate(c)) {
                continue; // its high half already became one "?"
            } else if (Character.isHighSurrogate(c) || !REGULAR.hasGlyph(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = read();
                }
                l = loaded;
            }
        }
        return l;
    }

    private Loaded read() {
        try (InputStream in = SerifFont.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: /fonts/" + file);
            }
            byte[] bytes = in.readAllBytes();
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                int[] advances = new int[Character.MAX_VALUE + 1];
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    int gid = cmap.getGlyphId(c);
                    advances[c] = gid == 0 ? -1 : ttf.getAdvanceWidth(gid);
                }
                return new Loaded(bytes, advances, ttf.getUnitsPerEm());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    private record Loaded(byte[] bytes, int[] advances, int unitsPerEm) {
        int advance(char c) {
            int a = advances[c];
            return a >= 0 ? a : advances['?'];
        }
    }
}
