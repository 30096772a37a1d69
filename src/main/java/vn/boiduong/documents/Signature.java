package vn.boiduong.documents;

import java.util.List;
import java.util.Locale;

/**
 * The signer's block (Decree 30, article 13): the authority lines in bold upper case, space for the
 * signature and seal, then the signer's name in bold. A deputy signs "KT. GIÁM ĐỐC" over his own
 * title "PHÓ GIÁM ĐỐC"; other forms (TM., Q., TL., TUQ.) are written with {@link #lines}.
 */
public record Signature(List<String> titleLines, String signerName) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public Signature {
        if (titleLines == null || titleLines.isEmpty()) {
            throw new IllegalArgumentException("a signature needs a title");
        }
        titleLines = titleLines.stream().map(l -> l.trim().toUpperCase(VI)).toList();
        signerName = signerName == null ? "" : signerName.trim();
    }

    /** The head signs himself: "GIÁM ĐỐC". */
    public static Signature head(String title, String signerName) {
        return new Signature(List.of(title), signerName);
    }

    /** A deputy signs for the head: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC". */
    public static Signature deputy(String headTitle, String deputyTitle, String signerName) {
        return new Signature(List.of("KT. " + headTitle.trim(), deputyTitle), signerName);
    }

    public static Signature lines(String signerName, String... titleLines) {
        return new Signature(List.of(titleLines), signerName);
    }
}
