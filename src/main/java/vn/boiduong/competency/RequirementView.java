package vn.boiduong.competency;

/**
 * Năng lực cần có: the level a job position, a grade or a professional title requires.
 *
 * @param target     JOB_POSITION, GRADE or TITLE
 * @param targetName "Chuyên viên", "01.002 — Chuyên viên chính" or the title's name
 */
public record RequirementView(Long id, Long competencyId, String competencyCode, String competencyName,
        String target, Long jobPositionId, String gradeCode, String professionalTitle, String targetName,
        int level) {
}
