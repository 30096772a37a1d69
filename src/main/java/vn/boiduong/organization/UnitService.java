package vn.boiduong.organization;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.organization.internal.AgencyRepository;
import vn.boiduong.organization.internal.UnitRepository;

/** Agencies and units, as every later step reads them. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final AgencyRepository agencies;

    UnitService(UnitRepository units, AgencyRepository agencies) {
        this.units = units;
        this.agencies = agencies;
    }

    /** The units of the actor's agency (all units for an agency-less administrator). */
    public List<Unit> unitsOf(Actor actor) {
        return actor.agencyId() == null ? units.findAllByOrderByAgencyIdAscNameAsc()
                : units.findByAgencyIdOrderByOfficeDescNameAsc(actor.agencyId());
    }

    /**
     * The agency's active units, for work no person does (a year's progress, due-date reminders, the
     * warning on a plan): nobody's scope applies, so no actor is asked for.
     */
    public List<Unit> activeUnitsOf(Long agencyId) {
        return units.findByAgencyIdOrderByOfficeDescNameAsc(agencyId).stream().filter(Unit::isActive).toList();
    }

    public Map<Long, Unit> unitsById(Actor actor) {
        return unitsOf(actor).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    /** A unit the actor may see; anything else looks missing (404), as api.md asks. */
    public Unit visibleUnit(Actor actor, Long unitId) {
        Unit u = units.findById(unitId).orElseThrow(() -> new NotFoundException("đơn vị"));
        if (!actor.seesUnit(u.getAgencyId(), u.getId())) {
            throw new NotFoundException("đơn vị");
        }
        return u;
    }

    public Agency agency(Long agencyId) {
        return agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("cơ quan"));
    }

    public List<Agency> agencies() {
        return agencies.findAll();
    }

    public java.util.Optional<Unit> findUnit(Long unitId) {
        return units.findById(unitId);
    }
}
