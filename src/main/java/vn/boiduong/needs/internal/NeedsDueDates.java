package vn.boiduong.needs.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.needs.NeedCollection;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;
import vn.boiduong.procedure.DueDateSource;
import vn.boiduong.procedure.DueKind;
import vn.boiduong.procedure.PendingDueDate;

/**
 * The due date of each year's collection of needs (B1), pending while some active unit has sent
 * nothing to it: the notification module's reminder job reminds those units' heads.
 */
@Component
@Transactional(readOnly = true)
class NeedsDueDates implements DueDateSource {

    private final NeedCollectionRepository collections;
    private final NeedRepository needs;
    private final UnitService units;

    NeedsDueDates(NeedCollectionRepository collections, NeedRepository needs, UnitService units) {
        this.collections = collections;
        this.needs = needs;
        this.units = units;
    }

    @Override
    public List<PendingDueDate> pendingBetween(LocalDate from, LocalDate to) {
        return collections.findByDueDateBetweenOrderById(from, to).stream().map(this::pending)
                .flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<PendingDueDate> pending(DueKind kind, Long subjectId) {
        return kind == DueKind.NEEDS_DUE ? collections.findById(subjectId).flatMap(this::pending) : Optional.empty();
    }

    private Optional<PendingDueDate> pending(NeedCollection c) {
        Set<Long> sent = new HashSet<>();
        needs.submissions(c.getAgencyId(), c.getYear()).forEach(s -> sent.add(s.getUnitId()));
        List<Long> notSent = units.activeUnitsOf(c.getAgencyId()).stream().map(Unit::getId)
                .filter(id -> !sent.contains(id)).toList();
        return notSent.isEmpty() ? Optional.empty()
                : Optional.of(PendingDueDate.needs(c.getId(), c.getAgencyId(), c.getYear(), c.getDueDate(), notSent));
    }
}
