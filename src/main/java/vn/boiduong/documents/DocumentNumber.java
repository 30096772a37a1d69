package vn.boiduong.documents;

import java.util.Objects;

/**
 * Number and symbol of a document: "Số: 15/QĐ-SNV". Numbers run from 01 each year (Decree 30,
 * article 15), so the year is part of the identity even though it is not printed. A null number is
 * a draft not yet issued: the number is left blank for the clerk ("Số:      /QĐ-SNV").
 */
public record DocumentNumber(Integer number, int year, DocumentKind kind, String agencyCode) {

    public DocumentNumber {
        Objects.requireNonNull(kind, "kind");
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new IllegalArgumentException("agencyCode is required");
        }
        if (number != null && number < 1) {
            throw new IllegalArgumentException("number must be 1 or more: " + number);
        }
        agencyCode = agencyCode.trim();
    }

    public static DocumentNumber of(int number, int year, DocumentKind kind, String agencyCode) {
        return new DocumentNumber(number, year, kind, agencyCode);
    }

    public static DocumentNumber draft(int year, DocumentKind kind, String agencyCode) {
        return new DocumentNumber(null, year, kind, agencyCode);
    }

    /** "05/QĐ-SNV": a leading zero under 10. */
    public String text() {
        String n = number == null ? "      " : String.format("%02d", number);
        return n + "/" + kind.symbol() + "-" + agencyCode;
    }

    /** "Số: 05/QĐ-SNV". */
    public String line() {
        return "Số: " + text();
    }
}
