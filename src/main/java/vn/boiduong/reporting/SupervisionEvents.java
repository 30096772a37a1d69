package vn.boiduong.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a supervision visit of B6, as events the visit registers and the service publishes
 * after the audit line: B7 (archive) will file the visits from them. Records, so a listener in another
 * module reads them without the entity.
 */
public final class SupervisionEvents {

    private SupervisionEvents() {
    }

    /** The Office chief recorded a check of a class ({@code classId}) or of a unit ({@code unitId}). */
    public record SupervisionVisitRecorded(Long visitId, Long agencyId, Long classId, Long unitId, String subject,
            LocalDate date, List<Long> requestOwnerUnitIds, String actor) {
    }

    /** A request of a visit was closed (done) by the owner unit's head or the Office. */
    public record RequestClosed(Long visitId, Long requestId, Long agencyId, Long ownerUnitId, String actor) {
    }

    /** The visit was closed: read-only from now on. */
    public record VisitClosed(Long visitId, Long agencyId, String subject, LocalDate date, String actor) {
    }
}
