package vn.boiduong.competency.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a download whose name may be Vietnamese: {@code filename*} in UTF-8 as
 * RFC 5987/6266 say (every current browser uses it), and before it a plain ASCII {@code filename}
 * without diacritics for the clients that know only that ("Biên bản đánh giá.pdf" →
 * "Bien ban danh gia.pdf").
 */
final class DownloadNames {

    private DownloadNames() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String asciiFallback(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder sb = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return sb.toString();
    }

    /** RFC 5987 ext-value: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
