package vn.boiduong.delivery;

import java.math.BigDecimal;

/**
 * A person of a class as {@code GET /api/v1/classes/{id}/enrollments} and the page's learner list show
 * them (api.md's row, with the unit's name and the nomination's standing).
 */
public record EnrolmentView(Long staffId, String fullName, Long unitId, String unitName, EnrolmentStatus status,
        String statusLabel, String refusalReason, Double attendedShare, Outcome outcome, BigDecimal score,
        String classification, String certificateNumber) {

    static EnrolmentView of(Enrolment e, String fullName, String unitName, Double attendedShare,
            String certificateNumber) {
        return new EnrolmentView(e.getStaffId(), fullName, e.getUnitId(), unitName, e.getStatus(),
                e.getStatus().label(), e.getRefusalReason(), attendedShare, e.getOutcome(), e.getScore(),
                e.getClassification(), certificateNumber);
    }
}
