package vn.boiduong.organization;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese names sort by given name (the last word), then by family and middle names, in
 * Vietnamese collation (a, ă, â, … đ after d). The ICU collation key is stored as hex so that the
 * database's plain byte order gives that sort, with paging, on PostgreSQL and H2 alike.
 */
public final class VietnameseNames {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(new ULocale("vi"));
        c.setStrength(Collator.TERTIARY);
        return c;
    });

    private VietnameseNames() {
    }

    /** "Nguyễn Văn An" → "An Nguyễn Văn": the order people look names up in. */
    public static String givenNameFirst(String fullName) {
        String n = normalizeSpaces(fullName);
        int last = n.lastIndexOf(' ');
        return last < 0 ? n : n.substring(last + 1) + " " + n.substring(0, last);
    }

    public static String sortKey(String fullName) {
        RawCollationKey key = COLLATOR.get().getRawCollationKey(givenNameFirst(fullName), null);
        // the key ends with a zero byte that carries no order; drop it to keep the hex short
        int len = key.size > 0 && key.bytes[key.size - 1] == 0 ? key.size - 1 : key.size;
        String hex = HexFormat.of().formatHex(key.bytes, 0, len);
        return hex.length() > 600 ? hex.substring(0, 600) : hex;
    }

    /** Lower case without diacritics, đ as d: what a search compares against. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return normalizeSpaces(decomposed.replaceAll("\\p{M}+", "")).toLowerCase(Locale.ROOT);
    }

    public static String normalizeSpaces(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ");
    }

    public static int compare(String a, String b) {
        return COLLATOR.get().compare(givenNameFirst(a), givenNameFirst(b));
    }
}
