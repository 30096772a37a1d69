package vn.boiduong.reporting;

/** The Director returned the report to the Office chief, with the reason, to be corrected and submitted again. */
public record ResultsReportReturned(Long reportId, Long agencyId, int year, String reason, String returnedBy) {
}
