package vn.boiduong.delivery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Transient;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.planning.FundingSource;
import vn.boiduong.planning.ItemKind;
import vn.boiduong.planning.PlanApproved;

/**
 * A class of B5, made from an item of the approved plan (one per item: a unique constraint says so).
 * Its transitions are the methods below; each asks {@link ClassPolicy} first and registers the event
 * that {@link ClassService} publishes with the audit line ({@link #takeEvents()}).
 */
@Entity
@Table(name = "training_class")
public class TrainingClass implements ClassPolicy.Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long planId;
    private Long planItemId;
    @Column(name = "plan_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private String title;
    @Enumerated(EnumType.STRING)
    private TrainingCategory category;
    private String levelCode;
    private int headcount;
    private LocalDate startDate;
    private LocalDate endDate;
    private String location;
    private String institution;
    private long budgetTotal;
    @Enumerated(EnumType.STRING)
    private FundingSource fundingSource;
    @Enumerated(EnumType.STRING)
    private ClassStatus status;
    private LocalDateTime createdAt;
    private String cancelReason;
    private LocalDateTime statusChangedAt;
    @ElementCollection
    @CollectionTable(name = "training_class_need", joinColumns = @JoinColumn(name = "class_id"))
    @Column(name = "need_id")
    private Set<Long> needIds = new TreeSet<>();
    @Version
    private long version;
    @Transient
    private final List<Object> events = new ArrayList<>();

    protected TrainingClass() {
    }

    TrainingClass(PlanApproved plan, PlanApproved.Item item, LocalDateTime now) {
        this.agencyId = plan.agencyId();
        this.planId = plan.planId();
        this.planItemId = item.itemId();
        this.year = plan.year();
        this.kind = item.kind();
        this.title = item.title();
        this.category = item.category();
        this.levelCode = item.level();
        this.headcount = item.headcount();
        this.startDate = item.startDate();
        this.endDate = item.endDate();
        this.location = item.location();
        this.institution = item.institution();
        this.budgetTotal = item.budget();
        this.fundingSource = item.fundingSource();
        this.status = ClassStatus.PLANNED;
        this.createdAt = now;
        this.statusChangedAt = now;
        this.needIds = new TreeSet<>(item.needIds());
    }

    // ---- transitions ----

    /** PLANNED → OPEN: unit heads may nominate their people. */
    public void open(ClassPolicy policy, Actor actor, LocalDateTime now) {
        policy.open(actor, this).orThrow();
        moveTo(ClassStatus.OPEN, now);
        events.add(new ClassEvents.ClassOpened(id, agencyId, year, title, actor.username()));
    }

    /** OPEN → IN_PROGRESS, once someone is enrolled (a class without learners is cancelled, not held). */
    public void start(ClassPolicy policy, Actor actor, long enrolled, LocalDateTime now) {
        policy.start(actor, this).orThrow();
        if (enrolled == 0) {
            throw new vn.boiduong.common.IllegalTransitionException("Lớp chưa có học viên nào được ghi danh, chưa thể bắt đầu.");
        }
        moveTo(ClassStatus.IN_PROGRESS, now);
        events.add(new ClassEvents.ClassStarted(id, agencyId, year, title, actor.username()));
    }

    public void finish(ClassPolicy policy, Actor actor, LocalDateTime now) {
        policy.finish(actor, this).orThrow();
        moveTo(ClassStatus.FINISHED, now);
        events.add(new ClassEvents.ClassFinished(id, agencyId, year, title, actor.username()));
    }

    /** FINISHED → CLOSED, once every enrolled learner has a result: the class's records are complete. */
    public void close(ClassPolicy policy, Actor actor, long withoutResult, LocalDateTime now) {
        policy.close(actor, this).orThrow();
        if (withoutResult > 0) {
            throw new vn.boiduong.common.IllegalTransitionException("Còn " + withoutResult
                    + " học viên chưa có kết quả, chưa thể đóng hồ sơ lớp.");
        }
        moveTo(ClassStatus.CLOSED, now);
        events.add(new ClassEvents.ClassClosed(id, agencyId, year, title, actor.username()));
    }

    /**
     * Cancelled with a reason before it finishes. The reason is checked before the state (a blank
     * reason is a 400 whatever the state), as the plan's return is.
     */
    public void cancel(ClassPolicy policy, Actor actor, String reason, List<Long> learners, LocalDateTime now) {
        policy.cancel(actor, this).orThrowUnlessWrongState();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "Cần ghi lý do hủy lớp.");
        }
        if (r.length() > 1000) {
            throw InvalidInputException.of("reason", "Lý do hủy lớp dài quá 1000 ký tự.");
        }
        policy.cancel(actor, this).orThrow();
        this.cancelReason = r;
        moveTo(ClassStatus.CANCELLED, now);
        events.add(new ClassEvents.ClassCancelled(id, agencyId, year, title, r, List.copyOf(learners),
                actor.username()));
    }

    /** The Office chief changes the capacity (the headcount); never below the people already enrolled. */
    public void changeCapacity(ClassPolicy policy, Actor actor, int newHeadcount, long enrolled) {
        policy.changeCapacity(actor, this).orThrowUnlessWrongState();
        if (newHeadcount < 1 || newHeadcount > 10_000) {
            throw InvalidInputException.of("headcount", "Số học viên phải từ 1 đến 10.000.");
        }
        if (newHeadcount < enrolled) {
            throw InvalidInputException.of("headcount", "Lớp đã có " + enrolled
                    + " học viên ghi danh, không thể giảm số học viên xuống " + newHeadcount + ".");
        }
        policy.changeCapacity(actor, this).orThrow();
        this.headcount = newHeadcount;
    }

    private void moveTo(ClassStatus next, LocalDateTime now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    /** The events registered since the last call, for the service to publish; the list is emptied. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getPlanId() { return planId; }
    public Long getPlanItemId() { return planItemId; }
    public int getYear() { return year; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public TrainingCategory getCategory() { return category; }
    public String getLevelCode() { return levelCode; }
    public int getHeadcount() { return headcount; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getLocation() { return location; }
    public String getInstitution() { return institution; }
    public long getBudgetTotal() { return budgetTotal; }
    public FundingSource getFundingSource() { return fundingSource; }
    public ClassStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public LocalDateTime getStatusChangedAt() { return statusChangedAt; }
    public List<Long> getNeedIds() { return List.copyOf(needIds); }
    public boolean isHosted() { return kind == ItemKind.HOSTED; }

    @Override
    public Long agencyId() { return agencyId; }

    @Override
    public ClassStatus status() { return status; }

    @Override
    public ItemKind kind() { return kind; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
