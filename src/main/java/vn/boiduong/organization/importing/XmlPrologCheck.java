package vn.boiduong.organization.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses any XML part that declares a DOCTYPE, before a parser sees it. POI's parsers already
 * ignore external entities and cap entity expansion; an OOXML part never needs a DTD, so a file that
 * carries one (XXE, "billion laughs") is refused outright instead of being parsed harmlessly.
 */
final class XmlPrologCheck {

    /** A prolog (declaration, comments, processing instructions) longer than this is itself suspicious. */
    static final int MAX_PROLOG_BYTES = 64 * 1024;

    enum Verdict { CLEAN, DOCTYPE, UNREADABLE }

    private XmlPrologCheck() {
    }

    /**
     * Reads the start of a part up to its root element.
     *
     * @param strict a part declared as XML must start with markup; other parts only must not hide a DOCTYPE
     */
    static Verdict check(InputStream in, boolean strict) throws IOException {
        byte[] head = in.readNBytes(MAX_PROLOG_BYTES);
        String text = decode(head);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return Verdict.UNREADABLE;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return Verdict.UNREADABLE;
                }
                i = end + 3;
            } else if (text.startsWith("<!", i)) {
                // <!DOCTYPE …> or any other markup declaration before the root element
                return Verdict.DOCTYPE;
            } else if (c == '<') {
                return Verdict.CLEAN;
            } else {
                return strict ? Verdict.UNREADABLE : (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")
                        ? Verdict.DOCTYPE : Verdict.CLEAN);
            }
        }
        // empty part, or a prolog that does not end within the first 64 KB
        if (head.length == 0) {
            return Verdict.CLEAN;
        }
        return strict || head.length == MAX_PROLOG_BYTES ? Verdict.UNREADABLE : Verdict.CLEAN;
    }

    /** UTF-16 is recognised by its byte-order mark or its first "<"; everything else is read as UTF-8. */
    private static String decode(byte[] b) {
        Charset cs = StandardCharsets.UTF_8;
        if (b.length >= 2) {
            int b0 = b[0] & 0xFF;
            int b1 = b[1] & 0xFF;
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<')) {
                cs = StandardCharsets.UTF_16BE;
            } else if ((b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0)) {
                cs = StandardCharsets.UTF_16LE;
            }
        }
        return new String(b, cs);
    }
}
