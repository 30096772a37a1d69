package vn.boiduong.delivery;

import java.util.Objects;

/**
 * The format of the agency's certificate numbers (table {@code certificate_format}, by the issue
 * date): {@code {seq}} the running number of the agency in the year (from 1), {@code {seq2}} the same
 * with a leading zero under 10, {@code {year}} and {@code {agency}} (the agency's code), e.g.
 * {@code {seq}/{year}/GCN-{agency}} gives {@code 12/2026/GCN-SNV}. Numbers are unique per agency and
 * year (a constraint of the table holds it).
 */
public record CertificateNumberFormat(String pattern, Integer validMonths) {

    public CertificateNumberFormat {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.contains("{seq}") && !pattern.contains("{seq2}")) {
            throw new IllegalArgumentException("the pattern must hold {seq} or {seq2}: " + pattern);
        }
    }

    public String format(int seq, int year, String agencyCode) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more: " + seq);
        }
        return pattern.replace("{seq2}", String.format("%02d", seq)).replace("{seq}", Integer.toString(seq))
                .replace("{year}", Integer.toString(year)).replace("{agency}", agencyCode.strip());
    }
}
