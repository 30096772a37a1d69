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
import org.hibernate.annotations.BatchSize;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.organization.VietnameseNames;

/**
 * A unit's training need (B1) and its way to the Office's consolidation (B2). Each transition is
 * a method that checks the actor's right and the state, changes the state and registers a domain
 * event; the service publishes the events in the same transaction.
 */
@Entity
@Table(name = "training_need")
public class TrainingNeed {

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

    /** A new draft by a unit head of the unit or an Office specialist. */
    public static TrainingNeed draft(Actor actor, Long agencyId, NeedData data, LocalDateTime at) {
        TrainingNeed n = new TrainingNeed();
        n.agencyId = agencyId;
        n.unitId = data.unitId();
        requireAuthor(actor, agencyId, data.unitId());
        n.year = data.year();
        n.apply(data);
        n.status = NeedStatus.DRAFT;
        n.createdBy = actor.username();
        n.createdAt = at;
        n.updatedAt = at;
        return n;
    }

    // ---- rights: who may do what to a need of this unit ----

    /** Unit heads write their own unit's needs; an Office specialist writes any unit's. */
    public static boolean mayAuthor(Actor actor, Long agencyId, Long unitId) {
        return agencyId.equals(actor.agencyId()) && (actor.has(Role.OFFICE_SPECIALIST)
                || (actor.has(Role.UNIT_HEAD) && unitId != null && unitId.equals(actor.unitId())));
    }

    static void requireAuthor(Actor actor, Long agencyId, Long unitId) {
        if (!mayAuthor(actor, agencyId, unitId)) {
            throw new ForbiddenException();
        }
    }

    /**
     * The head of the unit sends its needs: a unit head, or the Chief of the Office for the Office's
     * own needs (the Office has no other head).
     */
    public static boolean maySubmit(Actor actor, Long agencyId, Long unitId) {
        return agencyId.equals(actor.agencyId()) && actor.hasAny(Role.UNIT_HEAD, Role.OFFICE_CHIEF)
                && unitId.equals(actor.unitId());
    }

    /** The Office reviews: returns or accepts. */
    public static boolean mayDecide(Actor actor, Long agencyId) {
        return agencyId.equals(actor.agencyId()) && actor.isOffice();
    }

    public boolean maySubmit(Actor actor) {
        return maySubmit(actor, agencyId, unitId);
    }

    public boolean mayDecide(Actor actor) {
        return mayDecide(actor, agencyId);
    }

    public boolean mayEdit(Actor actor) {
        return mayAuthor(actor, agencyId, unitId);
    }

    // ---- transitions ----

    /** The right and the state for an edit, checked before the input is validated. */
    public void requireEditableBy(Actor actor) {
        requireAuthor(actor, agencyId, unitId);
        if (!status.editable()) {
            throw new IllegalTransitionException("Nhu cầu đang ở trạng thái «" + status.label()
                    + "»: chỉ sửa được khi còn là bản nháp hoặc bị trả lại.");
        }
    }

    public void update(Actor actor, NeedData data, LocalDateTime at) {
        requireEditableBy(actor);
        if (!unitId.equals(data.unitId())) {
            throw InvalidInputException.of("unitId", "Không thể chuyển nhu cầu sang đơn vị khác; hãy tạo nhu cầu mới.");
        }
        year = data.year();
        apply(data);
        updatedAt = at;
    }

    /** DRAFT or RETURNED → SUBMITTED: the unit sends the need (again) to the Office. */
    public void submit(Actor actor, LocalDateTime at) {
        if (!maySubmit(actor)) {
            throw new ForbiddenException();
        }
        switch (status) {
            case SUBMITTED -> throw new IllegalTransitionException(
                    "Nhu cầu này đã được gửi và đang chờ Văn phòng xem xét.");
            case ACCEPTED -> throw new IllegalTransitionException(
                    "Nhu cầu này đã được Văn phòng tiếp nhận, không gửi lại được.");
            default -> {
            }
        }
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
    public void returnTo(Actor actor, String reason, LocalDateTime at) {
        if (!mayDecide(actor)) {
            throw new ForbiddenException();
        }
        requireSubmitted("trả lại");
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
    public void accept(Actor actor, LocalDateTime at) {
        if (!mayDecide(actor)) {
            throw new ForbiddenException();
        }
        requireSubmitted("tiếp nhận");
        status = NeedStatus.ACCEPTED;
        decidedAt = at;
        decidedBy = actor.username();
        updatedAt = at;
        events.add(new NeedAccepted(id, agencyId, unitId, year, title, actor.username(), at));
    }

    private void requireSubmitted(String act) {
        if (status != NeedStatus.SUBMITTED) {
            throw new IllegalTransitionException("Chỉ " + act + " được nhu cầu đang chờ xem xét; nhu cầu này đang ở "
                    + "trạng thái «" + status.label() + "».");
        }
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
