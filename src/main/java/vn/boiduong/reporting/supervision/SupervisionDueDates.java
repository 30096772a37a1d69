package vn.boiduong.reporting.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.procedure.DueDateSource;
import vn.boiduong.procedure.DueKind;
import vn.boiduong.procedure.PendingDueDate;

/**
 * The due dates of the supervision visits' requests: pending while the request and its visit are open.
 * The notification module's one reminder job reminds the owner unit's head before and at the date (and
 * once it is missed), as it does every step's dates.
 */
@Component
@Transactional(readOnly = true)
class SupervisionDueDates implements DueDateSource {

    private final VisitRepository visits;

    SupervisionDueDates(VisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public List<PendingDueDate> pendingBetween(LocalDate from, LocalDate to) {
        return visits.openRequestsDueBetween(from, to).stream().map(SupervisionDueDates::pending).toList();
    }

    @Override
    public Optional<PendingDueDate> pending(DueKind kind, Long subjectId) {
        if (kind != DueKind.SUPERVISION_REQUEST) {
            return Optional.empty();
        }
        return visits.request(subjectId).filter(r -> !r.closed() && !r.getVisit().closed() && r.getDueDate() != null)
                .map(SupervisionDueDates::pending);
    }

    private static PendingDueDate pending(SupervisionRequest r) {
        return PendingDueDate.supervisionRequest(r.getId(), r.getVisit().getAgencyId(), r.getDueDate(),
                r.getOwnerUnitId());
    }
}
