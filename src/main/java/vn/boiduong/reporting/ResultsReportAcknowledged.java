package vn.boiduong.reporting;

/**
 * The Director acknowledged the report with a comment: it is frozen, numbered ({@code number}, e.g.
 * "03/BC-SNV") and its DOCX and PDF are stored; B7 files it.
 */
public record ResultsReportAcknowledged(Long reportId, Long agencyId, int year, String number, String comment,
        String acknowledgedBy) {
}
