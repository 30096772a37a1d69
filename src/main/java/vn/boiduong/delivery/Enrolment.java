package vn.boiduong.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.boiduong.common.Actor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;

/**
 * A person's place in a class: NOMINATED by the unit head → ENROLLED or REFUSED by the Office (or
 * ENROLLED directly), then the result. The capacity and overlap rules need every enrolment of the
 * class and of the person, so {@link EnrolmentService} checks them under a lock on the class; the
 * transitions here ask {@link ClassPolicy} for the rights and the state.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long classId;
    private Long agencyId;
    private Long unitId;
    private Long staffId;
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;
    private String nominatedBy;
    private LocalDateTime nominatedAt;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String refusalReason;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private BigDecimal score;
    private String classification;
    private String resultBy;
    private LocalDateTime resultAt;
    @Version
    private long version;

    protected Enrolment() {
    }

    private Enrolment(TrainingClass c, Long unitId, Long staffId) {
        this.classId = c.getId();
        this.agencyId = c.getAgencyId();
        this.unitId = unitId;
        this.staffId = staffId;
    }

    /** A unit head proposes a person of the own unit (the service has asked {@link ClassPolicy#nominatePerson}). */
    public static Enrolment nominate(ClassPolicy policy, Actor actor, TrainingClass c, Long unitId, Long staffId,
            LocalDateTime now) {
        policy.nominate(actor, c).orThrow();
        Enrolment e = new Enrolment(c, unitId, staffId);
        e.status = EnrolmentStatus.NOMINATED;
        e.nominatedBy = actor.username();
        e.nominatedAt = now;
        return e;
    }

    /** The Office enrols a person directly, without a nomination. */
    public static Enrolment enrolDirectly(ClassPolicy policy, Actor actor, TrainingClass c, Long unitId,
            Long staffId, LocalDateTime now) {
        policy.enrol(actor, c).orThrow();
        Enrolment e = new Enrolment(c, unitId, staffId);
        e.status = EnrolmentStatus.ENROLLED;
        e.decidedBy = actor.username();
        e.decidedAt = now;
        return e;
    }

    /** The unit head nominates again a person the Office refused earlier (the refusal is kept in the audit trail). */
    public void renominate(ClassPolicy policy, Actor actor, TrainingClass c, LocalDateTime now) {
        policy.nominate(actor, c).orThrow();
        if (status != EnrolmentStatus.REFUSED) {
            throw new IllegalTransitionException("Người này đã có tên trong lớp (" + status.label().toLowerCase() + ").");
        }
        status = EnrolmentStatus.NOMINATED;
        nominatedBy = actor.username();
        nominatedAt = now;
        refusalReason = null;
        decidedBy = null;
        decidedAt = null;
    }

    /** The Office confirms a nomination (or re-admits a refused person). */
    public void confirm(ClassPolicy policy, Actor actor, TrainingClass c, LocalDateTime now) {
        policy.enrol(actor, c).orThrow();
        if (status == EnrolmentStatus.ENROLLED) {
            throw new IllegalTransitionException("Người này đã được ghi danh vào lớp.");
        }
        status = EnrolmentStatus.ENROLLED;
        decidedBy = actor.username();
        decidedAt = now;
        refusalReason = null;
    }

    /** The Office refuses a nomination with a reason (checked before the state: a blank reason is a 400). */
    public void refuse(ClassPolicy policy, Actor actor, TrainingClass c, String reason, LocalDateTime now) {
        policy.enrol(actor, c).orThrowUnlessWrongState();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "Cần ghi lý do không chấp nhận.");
        }
        if (r.length() > 1000) {
            throw InvalidInputException.of("reason", "Lý do dài quá 1000 ký tự.");
        }
        policy.enrol(actor, c).orThrow();
        if (status != EnrolmentStatus.NOMINATED) {
            throw new IllegalTransitionException("Chỉ từ chối được người đang được đề cử (người này: "
                    + status.label().toLowerCase() + ").");
        }
        status = EnrolmentStatus.REFUSED;
        refusalReason = r;
        decidedBy = actor.username();
        decidedAt = now;
    }

    /**
     * The result of the learner, as {@code delivery}'s results service records it after checking the
     * completion rule (the service knows the attended share; the policy the right and the state).
     */
    public void recordResult(ClassPolicy policy, Actor actor, TrainingClass c, Outcome outcome, BigDecimal score,
            String classification, LocalDateTime now) {
        policy.recordResults(actor, c).orThrow();
        if (status != EnrolmentStatus.ENROLLED) {
            throw new IllegalTransitionException("Chỉ nhập kết quả cho học viên đã ghi danh.");
        }
        this.outcome = outcome;
        this.score = score;
        this.classification = classification;
        this.resultBy = actor.username();
        this.resultAt = now;
    }

    public Long getId() { return id; }
    public Long getClassId() { return classId; }
    public Long getAgencyId() { return agencyId; }
    public Long getUnitId() { return unitId; }
    public Long getStaffId() { return staffId; }
    public EnrolmentStatus getStatus() { return status; }
    public String getNominatedBy() { return nominatedBy; }
    public LocalDateTime getNominatedAt() { return nominatedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getRefusalReason() { return refusalReason; }
    public Outcome getOutcome() { return outcome; }
    public BigDecimal getScore() { return score; }
    public String getClassification() { return classification; }
    public String getResultBy() { return resultBy; }
    public LocalDateTime getResultAt() { return resultAt; }
    public long getVersion() { return version; }
}
