package vn.boiduong.common;

/**
 * Characters no name, title or note of this application carries: C0 and C1 control characters (NUL,
 * ESC, …) other than tab and line breaks, the bidirectional embedding, override and isolate
 * characters (U+202A–U+202E, U+2066–U+2069; they make "gpj.exe" show as "exe.jpg" and reorder a
 * name in a list), and halves of a surrogate pair (text that was not valid UTF-8). Checked once at
 * each door: every JSON string (common/web/JsonInput), every request parameter
 * (common/web/RequestInputs), and every text component of an input record ({@link InputValidator}).
 */
public final class CleanText {

    public static final String MESSAGE = "Có ký tự không được phép (ký tự điều khiển, ký tự đổi chiều văn bản "
            + "U+202A–U+202E, U+2066–U+2069, hoặc ký tự không phải UTF-8 hợp lệ).";

    private CleanText() {
    }

    /** Whether the text is free of the characters above (null is clean). */
    public static boolean clean(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
                    : c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Refuses the text on its field when it is not {@link #clean}. */
    public static String require(String field, String text) {
        if (!clean(text)) {
            throw InvalidInputException.of(field, MESSAGE);
        }
        return text;
    }
}
