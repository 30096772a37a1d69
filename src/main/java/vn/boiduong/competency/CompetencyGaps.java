package vn.boiduong.competency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.competency.internal.AssessmentRepository;
import vn.boiduong.competency.internal.Competency;
import vn.boiduong.competency.internal.CompetencyAssessment;
import vn.boiduong.competency.internal.CompetencyRepository;
import vn.boiduong.competency.internal.JobPositionRepository;
import vn.boiduong.competency.internal.RequiredCompetencyRepository;
import vn.boiduong.competency.internal.RequirementIndex;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * B1 "đánh giá nhu cầu": required against current level per person and competency of a unit. The
 * Office, the Director and the head of the unit read it; another unit's head gets 404, staff 403.
 * A fixed handful of statements whatever the unit's size: its people, the catalogue, the
 * requirements and the assessments in force are each loaded in one go.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyGaps {

    private final StaffService staff;
    private final UnitService units;
    private final CompetencyRepository competencies;
    private final JobPositionRepository positions;
    private final RequiredCompetencyRepository requirements;
    private final AssessmentRepository assessments;
    private final Clock clock;

    CompetencyGaps(StaffService staff, UnitService units, CompetencyRepository competencies,
            JobPositionRepository positions, RequiredCompetencyRepository requirements,
            AssessmentRepository assessments, Clock clock) {
        this.staff = staff;
        this.units = units;
        this.competencies = competencies;
        this.positions = positions;
        this.requirements = requirements;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** @param year null for the current year */
    public GapMatrix forUnit(Actor actor, long unitId, Integer year) {
        StaffService.requireReader(actor);
        Unit unit = units.visibleUnit(actor, unitId);
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > today.getYear() + 5) {
            throw InvalidInputException.of("year", "Năm phải từ 2000 đến " + (today.getYear() + 5) + ".");
        }
        LocalDate asOf = y < today.getYear() ? LocalDate.of(y, 12, 31) : today;

        List<StaffView> people = staff.search(actor, unitId, null, true,
                Pageable.unpaged(StaffService.DEFAULT_SORT)).items();
        Long agencyId = unit.getAgencyId();
        RequirementIndex index = new RequirementIndex(positions.findByAgencyIdOrderByNameAsc(agencyId),
                requirements.findByAgency(agencyId));
        List<Long> ids = people.stream().map(StaffView::id).toList();
        Map<Long, Map<Long, Integer>> current = new HashMap<>();
        if (!ids.isEmpty()) {
            for (CompetencyAssessment a : assessments.validOn(ids, asOf)) {
                current.computeIfAbsent(a.getStaffId(), k -> new HashMap<>())
                        .merge(a.getCompetencyId(), a.getLevel(), Math::max);
            }
        }
        List<Competency> catalogue = competencies.findByAgencyIdOrderByGroupAscCodeAsc(agencyId).stream()
                .filter(Competency::isActive).toList();
        Set<Long> used = new HashSet<>();
        List<GapMatrix.StaffGaps> rows = new ArrayList<>();
        for (StaffView s : people) {
            Map<Long, Integer> required = index.required(s.position(), s.gradeCode(), s.professionalTitle());
            Map<Long, Integer> has = current.getOrDefault(s.id(), Map.of());
            List<GapMatrix.Gap> gaps = new ArrayList<>();
            for (Competency c : catalogue) {
                Integer req = required.get(c.getId());
                if (req != null) {
                    gaps.add(GapMatrix.Gap.of(c.getId(), req, has.get(c.getId())));
                    used.add(c.getId());
                }
            }
            rows.add(new GapMatrix.StaffGaps(s.id(), s.code(), s.fullName(), s.position(), gaps));
        }
        List<GapMatrix.CompetencyRef> columns = catalogue.stream().filter(c -> used.contains(c.getId()))
                .map(c -> new GapMatrix.CompetencyRef(c.getId(), c.getCode(), c.getName(), c.getGroup())).toList();
        return new GapMatrix(unit.getId(), unit.getName(), y, asOf, columns, rows);
    }
}
