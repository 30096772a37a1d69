package vn.boiduong.reporting;

/** The Office chief submitted the report of the year's results to the Director (QT.VP.05 5.2.6). */
public record ResultsReportSubmitted(Long reportId, Long agencyId, int year, String submittedBy) {
}
