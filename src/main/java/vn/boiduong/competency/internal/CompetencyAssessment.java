package vn.boiduong.competency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.web.PageHelpers;

/**
 * Năng lực hiện có: one dated assessment of one person in one competency. Assessments are never
 * edited: a new one takes over from the current one on its date ({@link #supersededBy}), so the
 * history of how a person grew stays readable.
 */
@Entity
@Table(name = "competency_assessment")
public class CompetencyAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long staffId;
    private Long competencyId;
    @Column(name = "assessed_level")
    private int level;
    private LocalDate assessedOn;
    private LocalDate validTo;
    private String assessor;
    private String evidence;
    private LocalDateTime recordedAt;
    @Version
    private long version;

    protected CompetencyAssessment() {
    }

    public CompetencyAssessment(Long staffId, Long competencyId, int level, LocalDate assessedOn, String assessor,
            String evidence, LocalDateTime recordedAt) {
        if (level < 1 || level > Competency.LEVELS) {
            throw InvalidInputException.of("level", "Mức năng lực phải từ 1 đến 5.");
        }
        if (assessedOn == null) {
            throw InvalidInputException.of("assessedOn", "Ngày đánh giá là bắt buộc.");
        }
        this.staffId = staffId;
        this.competencyId = competencyId;
        this.level = level;
        this.assessedOn = assessedOn;
        this.assessor = assessor;
        this.evidence = evidence;
        this.recordedAt = recordedAt;
    }

    /**
     * The rule of B1's "năng lực hiện có": the new assessment closes this one on the new one's date.
     * A new assessment dated before the current one would rewrite history, so it is refused.
     */
    public void supersededBy(CompetencyAssessment next) {
        if (!staffId.equals(next.staffId) || !competencyId.equals(next.competencyId)) {
            throw new IllegalArgumentException("only an assessment of the same person and competency takes over");
        }
        if (validTo != null) {
            throw new IllegalStateException("assessment " + id + " was already closed on " + validTo);
        }
        if (next.assessedOn.isBefore(assessedOn)) {
            throw InvalidInputException.of("assessedOn", "Ngày đánh giá không được trước ngày của lần đánh giá "
                    + "hiện hành (" + PageHelpers.DATE.format(assessedOn) + ").");
        }
        validTo = next.assessedOn;
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    /** In force on that day: assessed on or before it, not yet taken over by the next one. */
    public boolean validOn(LocalDate day) {
        return !assessedOn.isAfter(day) && (validTo == null || day.isBefore(validTo));
    }

    public Long getId() { return id; }
    public Long getStaffId() { return staffId; }
    public Long getCompetencyId() { return competencyId; }
    public int getLevel() { return level; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public LocalDate getValidTo() { return validTo; }
    public String getAssessor() { return assessor; }
    public String getEvidence() { return evidence; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
