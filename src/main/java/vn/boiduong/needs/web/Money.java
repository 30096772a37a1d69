package vn.boiduong.needs.web;

import java.util.regex.Pattern;

/**
 * Money as people type and read it in Vietnam: "1.250.000" (dots between thousands), with or
 * without a trailing "đ"; plain digits and spaces also pass.
 */
final class Money {

    private static final Pattern TYPED = Pattern.compile("^\\d{1,3}([.\\s]\\d{3})*$|^\\d+$");

    private Money() {
    }

    /** @return the amount in đồng, null for an empty field; throws for anything else */
    static Long parse(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.replace('\u00a0', ' ').strip();
        s = s.replaceFirst("(?i)\\s*(đ|đồng|vnd|vnđ)$", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        if (!TYPED.matcher(s).matches() || s.replaceAll("\\D", "").length() > 15) {
            throw new IllegalArgumentException(typed);
        }
        return Long.parseLong(s.replaceAll("\\D", ""));
    }

    /** "1.250.000" without the currency sign, for a form field. */
    static String field(Long amount) {
        return amount == null ? "" : vn.boiduong.common.web.PageHelpers.vnd(amount).replace(" đ", "");
    }
}
