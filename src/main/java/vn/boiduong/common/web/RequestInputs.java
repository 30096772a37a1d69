package vn.boiduong.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.boiduong.common.CleanText;
import vn.boiduong.common.InvalidInputException;

/**
 * Every request parameter, of the API and of the pages, before any controller reads it: the query
 * string must be valid UTF-8 once percent-decoded ({@code ?q=%ED%A0%80}, half a surrogate pair, was a
 * 500 from the database), and no value carries control or bidirectional characters ({@link CleanText}).
 * A refusal is a 400 on the parameter's name, through ErrorHandling (a problem detail or a page).
 */
class RequestInputs implements HandlerInterceptor {

    static final String ENCODING_TEXT = "Tham số không phải văn bản UTF-8 hợp lệ.";

    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
        String query = req.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (!validUtf8(name) || eq >= 0 && !validUtf8(pair.substring(eq + 1))) {
                    throw InvalidInputException.of(lenient(name), ENCODING_TEXT);
                }
            }
        }
        for (Map.Entry<String, String[]> p : req.getParameterMap().entrySet()) {
            if (!CleanText.clean(p.getKey())) {
                throw InvalidInputException.of("?", CleanText.MESSAGE);
            }
            for (String v : p.getValue()) {
                if (!CleanText.clean(v)) {
                    throw InvalidInputException.of(p.getKey(), CleanText.MESSAGE);
                }
            }
        }
        return true;
    }

    /** Whether the percent-encoded text decodes to valid UTF-8 ('+' and plain characters pass). */
    static boolean validUtf8(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return false;
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A parameter's name to show in the answer, whatever its bytes (at most 50 characters). */
    private static String lenient(String name) {
        String n;
        try {
            n = java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            n = name;
        }
        n = n.replaceAll("[^\\p{L}\\p{N}_.\\-\\[\\]]", "?");
        return n.length() > 50 ? n.substring(0, 50) : n;
    }
}
