package vn.boiduong.competency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Năng lực cần có: the level a job position, a grade (ngạch) or a professional title requires of a
 * competency. Exactly one of the three is set (the table checks it too).
 */
@Entity
@Table(name = "required_competency")
public class RequiredCompetency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long competencyId;
    private Long jobPositionId;
    private String gradeCode;
    private String professionalTitle;
    @Column(name = "required_level")
    private int level;

    protected RequiredCompetency() {
    }

    private RequiredCompetency(Long competencyId, Long jobPositionId, String gradeCode, String professionalTitle,
            int level) {
        if (level < 1 || level > Competency.LEVELS) {
            throw new IllegalArgumentException("level 1–5");
        }
        this.competencyId = competencyId;
        this.jobPositionId = jobPositionId;
        this.gradeCode = gradeCode;
        this.professionalTitle = professionalTitle;
        this.level = level;
    }

    public static RequiredCompetency forJobPosition(Long competencyId, Long jobPositionId, int level) {
        return new RequiredCompetency(competencyId, jobPositionId, null, null, level);
    }

    public static RequiredCompetency forGrade(Long competencyId, String gradeCode, int level) {
        return new RequiredCompetency(competencyId, null, gradeCode, null, level);
    }

    public static RequiredCompetency forTitle(Long competencyId, String professionalTitle, int level) {
        return new RequiredCompetency(competencyId, null, null, professionalTitle, level);
    }

    public Long getId() { return id; }
    public Long getCompetencyId() { return competencyId; }
    public Long getJobPositionId() { return jobPositionId; }
    public String getGradeCode() { return gradeCode; }
    public String getProfessionalTitle() { return professionalTitle; }
    public int getLevel() { return level; }
}
