package vn.boiduong.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.boiduong.common.InvalidInputException;

/**
 * What a new password must be (issue 13, item 7; NIST SP 800-63B's advice, which favours length and a
 * list of known passwords over composition rules): at least 10 characters; at most 72 bytes in UTF-8,
 * all that BCrypt reads; not the username nor containing it; not in the shipped list of common
 * passwords ({@code identity/common-passwords.txt}), compared without regard to case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads the first 72 bytes only: a longer password would be refused rather than cut. */
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws InvalidInputException on the field {@code password}, in Vietnamese */
    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInputException.of("password", "Mật khẩu tối thiểu " + MIN_LENGTH + " ký tự.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInputException.of("password", "Mật khẩu tối đa " + MAX_BYTES
                    + " byte (72 chữ không dấu; chữ có dấu chiếm 2–3 byte).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && lower.contains(name)) {
            throw InvalidInputException.of("password", "Mật khẩu không được chứa tên đăng nhập.");
        }
        if (COMMON.contains(lower)) {
            throw InvalidInputException.of("password",
                    "Mật khẩu này quá phổ biến, dễ bị đoán ra; hãy chọn mật khẩu khác.");
        }
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("identity/common-passwords.txt is missing from the classpath");
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
