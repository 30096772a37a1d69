package vn.boiduong.needs.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.needs.NeedCollections;
import vn.boiduong.procedure.LateUnits;
import vn.boiduong.procedure.LateUnitsSource;

/**
 * Tells the Office's home page which units sent no need by the due date of the year's collection
 * (B1), by name, with the collection page to follow them up.
 */
@Component
class NeedsLateUnits implements LateUnitsSource {

    private final NeedCollections collections;

    NeedsLateUnits(NeedCollections collections) {
        this.collections = collections;
    }

    @Override
    public Optional<LateUnits> lateUnits(Actor actor, int year) {
        // the Office chases the units; the Director follows the collection on its own page
        if (actor.agencyId() == null || !actor.isOffice()) {
            return Optional.empty();
        }
        return collections.progress(actor, year)
                .filter(p -> !p.collection().open())
                .map(p -> new LateUnits("B1", year, p.collection().dueDate(), p.units().stream()
                        .filter(u -> u.state() == NeedCollections.UnitState.LATE)
                        .map(NeedCollections.UnitStatus::unitName).toList(), "/needs/collection?year=" + year))
                .filter(l -> !l.unitNames().isEmpty());
    }
}
