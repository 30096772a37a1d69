package vn.boiduong.needs;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.annotations.BatchSize;
import vn.boiduong.common.Actor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.organization.VietnameseNames;

/**
 * A unit's training need (B1) and its way to the Office's consolidation (B2). Each transition is
 * a method that asks {@link NeedPolicy} whether the actor may do it now (the right, then the state),
 * changes the state and registers a domain event; the service publishes the events in the same
 * transaction. The need holds no rule of who may act: the policy is handed in, as in
 * ddd-by-examples/library, where the patron applies the placing-on-hold policies it is given.
 */
@Entity
@Table(name = "training_need")
public class TrainingNeed implements NeedPolicy.Subject {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long unitId;
    @Column(name = "training_year")
    private int year;
    private String title;
    private String searchText;
    @Enumerated(EnumType.STRING)
    private TrainingCategory category;
    @Column(name = "training_level")
    private String level;
    private int headcount;
    @ElementCollection
    @CollectionTable(name = "training_need_staff", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "staff_id")
    @BatchSize(size = 50)
    private Set<Long> staffIds = new LinkedHashSet<>();
    private Integer plannedQuarter;
    private long estimatedCost;
    private String rationale;
    @Enumerated(EnumType.STRING)
    private NeedStatus status;
    private String returnReason;
    private Long consolidatedNeedId;
    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    /** The first submission: what the collection's due date is measured against. */
    private LocalDateTime firstSubmittedAt;
    private LocalDateTime submittedAt;
    private LocalDateTime decidedAt;
    private String decidedBy;
    @Version
    private long version;

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected TrainingNeed() {
    }

    /**
     * A new draft by a unit head of the unit or an Office specialist. The right is asked first (403,
     * before the input's faults), then {@code inputCheck} (the service's validation and look-ups: 400),
     * then the need's own rules.
     */
    public static TrainingNeed draft(NeedPolicy policy, Actor actor, Long agencyId, NeedData data,
            Consumer<NeedData> inputCheck, LocalDateTime at) {
        policy.create(actor, agencyId, data == null ? null : data.unitId()).orThrow();
        inputCheck.accept(data);
        TrainingNeed n = new TrainingNeed();
        n.agencyId = agencyId;
        n.unitId = data.unitId();
        n.year = data.year();
        n.apply(data);
        n.status = NeedStatus.DRAFT;
        n.createdBy = actor.username();
        n.createdAt = at;
        n.updatedAt = at;
        return n;
    }

    /** A new draft of input already checked. */
    public static TrainingNeed draft(NeedPolicy policy, Actor actor, Long agencyId, NeedData data, LocalDateTime at) {
        return draft(policy, actor, agencyId, data, d -> { }, at);
    }

    // ---- the facts the policy judges by ----

    @Override
    public Long agencyId() { return agencyId; }

    @Override
    public Long unitId() { return unitId; }

    @Override
    public NeedStatus status() { return status; }

    @Override
    public List<Long> staffIds() { return getStaffIds(); }

    // ---- transitions: each asks the policy, then changes the state and registers its event ----

    /**
     * An edit: the right and the state (403, 409) first, then {@code inputCheck} (the service's
     * validation, version and look-ups: 400, 409), then the need's own rules.
     */
    public void update(NeedPolicy policy, Actor actor, NeedData data, Consumer<NeedData> inputCheck,
            LocalDateTime at) {
        policy.edit(actor, this).orThrow();
        inputCheck.accept(data);
        if (!unitId.equals(data.unitId())) {
            throw InvalidInputException.of("unitId", "Không thể chuyển nhu cầu sang đơn vị khác; hãy tạo nhu cầu mới.");
        }
        year = data.year();
        apply(data);
        updatedAt = at;
    }

    /** An edit of input already checked. */
    public void update(NeedPolicy policy, Actor actor, NeedData data, LocalDateTime at) {
        update(policy, actor, data, d -> { }, at);
    }

    /** DRAFT or RETURNED → SUBMITTED: the unit sends the need (again) to the Office. */
    public void submit(NeedPolicy policy, Actor actor, LocalDateTime at) {
        policy.submit(actor, this).orThrow();
        status = NeedStatus.SUBMITTED;
        returnReason = null;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        submittedAt = at;
        updatedAt = at;
        events.add(new NeedSubmitted(id, agencyId, unitId, year, title, actor.username(), at));
    }

    /** SUBMITTED → RETURNED with a reason the unit must read; the unit may then edit and resubmit. */
    public void returnTo(NeedPolicy policy, Actor actor, String reason, LocalDateTime at) {
        policy.returnTo(actor, this).orThrow();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "Hãy nêu lý do trả lại để đơn vị biết cần sửa gì.");
        }
        if (r.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "Lý do trả lại tối đa " + REASON_MAX + " ký tự.");
        }
        status = NeedStatus.RETURNED;
        returnReason = r;
        decidedAt = at;
        decidedBy = actor.username();
        updatedAt = at;
        events.add(new NeedReturned(id, agencyId, unitId, year, title, r, actor.username(), at));
    }

    /** SUBMITTED → ACCEPTED: the need joins the year's consolidation. */
    public void accept(NeedPolicy policy, Actor actor, LocalDateTime at) {
        policy.accept(actor, this).orThrow();
        status = NeedStatus.ACCEPTED;
        decidedAt = at;
        decidedBy = actor.username();
        updatedAt = at;
        events.add(new NeedAccepted(id, agencyId, unitId, year, title, actor.username(), at));
    }

    /** Links an accepted need to a consolidated line of the Office (B2); the need itself is kept. */
    void mergeInto(Long consolidatedId) {
        if (status != NeedStatus.ACCEPTED) {
            throw new IllegalTransitionException("Chỉ gộp được nhu cầu đã tiếp nhận («" + title + "» đang ở trạng thái «"
                    + status.label() + "»).");
        }
        if (consolidatedNeedId != null) {
            throw new IllegalTransitionException("Nhu cầu «" + title + "» đã được gộp vào một dòng tổng hợp khác.");
        }
        consolidatedNeedId = consolidatedId;
    }

    void unmerge() {
        consolidatedNeedId = null;
    }

    private void apply(NeedData d) {
        String lvl = d.trimmedLevel();
        if (!d.category().allowsLevel(lvl)) {
            throw InvalidInputException.of("level", d.category().hasLevels()
                    ? "Trình độ/hạng không thuộc loại «" + d.category().label() + "»; chọn một trong: "
                            + d.category().levels().stream().map(TrainingCategory.Level::code).toList() + "."
                    : "Loại «" + d.category().label() + "» không có trình độ/hạng; hãy để trống.");
        }
        List<Long> named = d.namedStaff();
        if (named.isEmpty() && d.headcount() == null) {
            throw InvalidInputException.of("headcount", "Hãy nêu số người (ít nhất 1) hoặc chọn người cụ thể.");
        }
        this.title = VietnameseNames.normalizeSpaces(d.title());
        this.searchText = VietnameseNames.fold(this.title);
        this.category = d.category();
        this.level = lvl;
        this.staffIds = new LinkedHashSet<>(named);
        this.headcount = named.isEmpty() ? d.headcount() : named.size();
        this.plannedQuarter = d.plannedQuarter();
        this.estimatedCost = d.estimatedCost();
        this.rationale = d.rationale() == null || d.rationale().isBlank() ? null : d.rationale().strip();
    }

    /** The events registered by the transitions since the last call; the service publishes them. */
    public List<Object> takeEvents() {
        List<Object> out = List.copyOf(events);
        events.clear();
        return out;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getUnitId() { return unitId; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public TrainingCategory getCategory() { return category; }
    public String getLevel() { return level; }
    public int getHeadcount() { return headcount; }
    public List<Long> getStaffIds() { return staffIds.stream().sorted().toList(); }
    public Integer getPlannedQuarter() { return plannedQuarter; }
    public long getEstimatedCost() { return estimatedCost; }
    public String getRationale() { return rationale; }
    public NeedStatus getStatus() { return status; }
    public String getReturnReason() { return returnReason; }
    public Long getConsolidatedNeedId() { return consolidatedNeedId; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getFirstSubmittedAt() { return firstSubmittedAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public long getVersion() { return version; }
}
