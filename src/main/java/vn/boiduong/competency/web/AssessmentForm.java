package vn.boiduong.competency.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.boiduong.competency.AssessmentData;

/** The assessment form of a person's competency page; dates typed dd/MM/yyyy. */
public class AssessmentForm {

    private Long competencyId;
    private Integer level;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate assessedOn;
    private String evidence;

    AssessmentData toData() {
        return new AssessmentData(competencyId, level, assessedOn, evidence);
    }

    public Long getCompetencyId() { return competencyId; }
    public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
