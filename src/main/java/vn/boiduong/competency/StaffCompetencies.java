package vn.boiduong.competency;

import java.util.List;

/**
 * One person's competencies: for each competency required of them or ever assessed, the level
 * required (null when none), the current assessment (null when none) and the whole history.
 */
public record StaffCompetencies(Long staffId, String code, String fullName, Long unitId, String unitName,
        String position, String jobPosition, String gradeCode, String professionalTitle, List<Row> competencies) {

    /** @param gap required minus current level, 0 when met or when nothing is required */
    public record Row(Long competencyId, String code, String name, CompetencyGroup group, Integer required,
            AssessmentView current, int gap, List<AssessmentView> history) {

        static Row of(Long competencyId, String code, String name, CompetencyGroup group, Integer required,
                AssessmentView current, List<AssessmentView> history) {
            int gap = required == null ? 0 : Math.max(0, required - (current == null ? 0 : current.level()));
            return new Row(competencyId, code, name, group, required, current, gap, List.copyOf(history));
        }
    }
}
