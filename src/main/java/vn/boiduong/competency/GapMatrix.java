package vn.boiduong.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The competency gaps of a unit: people × competencies, required against current level, as of a
 * day of the year asked for (today for the current year, 31 December for a past one).
 *
 * @param competencies the active competencies required of at least one person of the unit
 * @param staff        the unit's active people, in Vietnamese name order
 */
public record GapMatrix(Long unitId, String unitName, int year, LocalDate asOf, List<CompetencyRef> competencies,
        List<StaffGaps> staff) {

    public record CompetencyRef(Long id, String code, String name, CompetencyGroup group) {
    }

    /** @param gaps one entry per competency required of this person (gap 0 when met) */
    public record StaffGaps(Long staffId, String code, String fullName, String position, List<Gap> gaps) {

        public Gap gapIn(Long competencyId) {
            return gaps.stream().filter(g -> g.competencyId().equals(competencyId)).findFirst().orElse(null);
        }

        public boolean anyGapIn(Set<Long> competencyIds) {
            return gaps.stream().anyMatch(g -> g.gap() > 0 && competencyIds.contains(g.competencyId()));
        }
    }

    /**
     * @param current the level in force on {@code asOf}, null when never assessed (counted as 0)
     * @param gap     required minus current, never below 0
     */
    public record Gap(Long competencyId, int required, Integer current, int gap) {

        public static Gap of(Long competencyId, int required, Integer current) {
            return new Gap(competencyId, required, current, Math.max(0, required - (current == null ? 0 : current)));
        }
    }

    /** The same matrix narrowed to one group of competencies and, if asked, to people with a gap in it. */
    public GapMatrix filter(CompetencyGroup group, boolean onlyWithGaps) {
        List<CompetencyRef> shown = group == null ? competencies
                : competencies.stream().filter(c -> c.group() == group).toList();
        Set<Long> ids = shown.stream().map(CompetencyRef::id).collect(Collectors.toSet());
        List<StaffGaps> people = staff.stream()
                .map(s -> new StaffGaps(s.staffId(), s.code(), s.fullName(), s.position(),
                        s.gaps().stream().filter(g -> ids.contains(g.competencyId())).toList()))
                .filter(s -> !onlyWithGaps || s.anyGapIn(ids)).toList();
        return new GapMatrix(unitId, unitName, year, asOf, shown, people);
    }
}
