package vn.boiduong.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.boiduong.common.Actor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Verdict;
import vn.boiduong.documents.DocumentKind;
import vn.boiduong.documents.DocumentNumber;
import vn.boiduong.procedure.DueDates;

/**
 * The annual plan of one agency (B3–B4): the Office chief drafts and submits it, the Director
 * returns or approves it; once approved it is frozen. One method per transition: each asks
 * {@link PlanPolicy} (handed in) whether the actor may do it now, changes the state and registers
 * its event ({@link PlanSubmitted}, {@link PlanReturned}, {@link PlanApproved}), which
 * {@link PlanService} publishes after the flush.
 */
@Entity
@Table(name = "training_plan")
public class TrainingPlan implements PlanPolicy.Subject {

    /** A decision number as the Director enters it: its number, then optionally its symbol ("15", "15/QĐ-SNV"). */
    private static final Pattern DECISION_NUMBER = Pattern.compile("^\\s*(\\d{1,6})\\s*(?:/.*)?$");

    /**
     * The numbers the agency's other decisions already carry: Decree 30, article 15, numbers run from
     * 01 on 1 January and are unique within the calendar year of the document's date.
     */
    @FunctionalInterface
    public interface IssuedNumbers {
        /** Whether another decision of the agency dated in {@code year} has the number {@code number}. */
        boolean taken(int number, int year);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Column(name = "plan_year")
    private int year;
    private LocalDate registrationDueDate;
    private LocalDate registerBy;
    private LocalDate approveBy;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String returnReason;
    private String decisionNumber;
    private LocalDate decisionDate;
    // the number's sequence and the year of its date, beside the official text: the database keeps
    // them unique per agency (uk_training_plan_decision_number), the guard when two approvals race
    private Integer decisionYear;
    private Integer decisionSequence;
    private String signerTitle;
    private String signerName;
    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime submittedAt;
    private LocalDateTime decidedAt;
    private String decidedBy;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("sequence asc, id asc")
    private List<PlanItem> items = new ArrayList<>();
    @Transient
    private final List<Object> events = new ArrayList<>();

    protected TrainingPlan() {
    }

    TrainingPlan(Long agencyId, int year, DueDates due, String createdBy, LocalDateTime now) {
        this.agencyId = agencyId;
        this.year = year;
        this.registrationDueDate = due.registrationDueDate();
        this.registerBy = due.registerBy();
        this.approveBy = due.approveBy();
        this.status = PlanStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    // ---- the facts the policy judges by ----

    @Override
    public Long agencyId() { return agencyId; }

    @Override
    public PlanStatus status() { return status; }

    @Override
    public boolean hasItems() { return !items.isEmpty(); }

    // ---- transitions: each asks the policy, then changes the state (and registers its event) ----

    /**
     * Adds an item: the right and the state first (403, 409), then {@code input} is read (the
     * service's checks: 400), so on a submitted or approved plan any body, even a malformed one, is a 409.
     */
    PlanItem addItem(PlanPolicy policy, Actor actor, Supplier<PlanItemData> input) {
        policy.editItems(actor, this).orThrow();
        PlanItemData data = input.get();
        int next = items.stream().mapToInt(PlanItem::getSequence).max().orElse(0) + 1;
        PlanItem item = new PlanItem(id, next, data);
        items.add(item);
        return item;
    }

    /** Changes an item, in the order of {@link #addItem}; an item not of this plan is a 404 after the input. */
    PlanItem updateItem(PlanPolicy policy, Actor actor, Long itemId, Supplier<PlanItemData> input) {
        policy.editItems(actor, this).orThrow();
        PlanItemData data = input.get();
        PlanItem item = item(itemId);
        item.apply(data);
        return item;
    }

    PlanItem removeItem(PlanPolicy policy, Actor actor, Long itemId) {
        policy.editItems(actor, this).orThrow();
        PlanItem item = item(itemId);
        items.remove(item);
        return item;
    }

    public PlanItem item(Long itemId) {
        return items.stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new vn.boiduong.common.NotFoundException("mục kế hoạch"));
    }

    /** B3: the Office chief submits the plan (with at least one item) to the Director. */
    void submit(PlanPolicy policy, Actor actor, LocalDateTime now) {
        policy.submit(actor, this).orThrow();
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
        events.add(new PlanSubmitted(id, agencyId, year, actor.username()));
    }

    /**
     * The Director sends the plan back with a reason; the Office edits and submits again. The reason
     * is checked before the state (a blank reason is a 400 even on a plan not submitted).
     */
    void returnToOffice(PlanPolicy policy, Actor actor, String reason, LocalDateTime now) {
        Verdict may = policy.returnToOffice(actor, this);
        may.orThrowUnlessWrongState();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Nhập lý do trả lại.");
        }
        if (reason.strip().length() > 2000) {
            throw InvalidInputException.of("reason", "Tối đa 2000 ký tự.");
        }
        may.orThrow();
        status = PlanStatus.RETURNED;
        returnReason = reason.strip();
        decidedAt = now;
        decidedBy = actor.username();
        events.add(new PlanReturned(id, agencyId, year, returnReason, PlanView.needIdsOf(this), actor.username()));
    }

    /**
     * B4: the Director approves by a decision; the signer comes from the agency's settings. A plan
     * already decided is a 409 before its input is read. The number is kept in its official form,
     * its symbol rebuilt from the agency's code ("125" and "125/QĐ-SNV" both become "125/QĐ-SNV",
     * "9" becomes "09/QĐ-SNV"), and must not repeat a number of the same year.
     */
    void approve(PlanPolicy policy, Actor actor, String number, LocalDate date, String agencyCode, String signerTitle,
            String signerName, IssuedNumbers issued, LocalDateTime now) {
        policy.approve(actor, this).orThrow();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        int sequence = 0;
        if (number == null || number.isBlank()) {
            errors.add(new InvalidInputException.FieldError("decisionNumber", "Nhập số quyết định."));
        } else if (number.strip().length() > 50) {
            errors.add(new InvalidInputException.FieldError("decisionNumber", "Tối đa 50 ký tự."));
        } else {
            OptionalInt n = sequenceOf(number);
            if (n.isEmpty()) {
                errors.add(new InvalidInputException.FieldError("decisionNumber",
                        "Số quyết định phải bắt đầu bằng số thứ tự, ví dụ 15 hoặc 15/QĐ-" + agencyCode + "."));
            } else if (n.getAsInt() < 1) {
                errors.add(new InvalidInputException.FieldError("decisionNumber",
                        "Số quyết định bắt đầu từ 01."));
            } else {
                sequence = n.getAsInt();
            }
        }
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("decisionDate", "Nhập ngày quyết định."));
        } else {
            // a plan of year Y is decided from Y-1 on (a late decision, even years late, is still its decision)
            vn.boiduong.common.Days.within(errors, "decisionDate", date, LocalDate.of(year - 1, 1, 1),
                    vn.boiduong.common.Days.MAX);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        String official = DocumentNumber.of(sequence, date.getYear(), DocumentKind.DECISION, agencyCode).text();
        if (issued.taken(sequence, date.getYear())) {
            throw numberTaken(official, date.getYear());
        }
        status = PlanStatus.APPROVED;
        decisionNumber = official;
        decisionDate = date;
        decisionYear = date.getYear();
        decisionSequence = sequence;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        decidedAt = now;
        decidedBy = actor.username();
        events.add(PlanApproved.of(this, actor.username()));
    }

    /** The events registered by the transitions since the last call; the service publishes them. */
    List<Object> takeEvents() {
        List<Object> out = List.copyOf(events);
        events.clear();
        return out;
    }

    /** The refusal of a number already used in the year, whether the service or the database finds it. */
    static IllegalTransitionException numberTaken(String officialNumber, int year) {
        return new IllegalTransitionException("Số " + officialNumber + " đã được dùng cho một quyết định khác năm "
                + year + "; số văn bản không được trùng trong năm (Nghị định 30/2020/NĐ-CP, Điều 15).");
    }

    /** The number of a decision number as entered or stored ("09/QĐ-SNV" → 9); empty if it does not start with one. */
    public static OptionalInt sequenceOf(String decisionNumber) {
        if (decisionNumber == null) {
            return OptionalInt.empty();
        }
        Matcher m = DECISION_NUMBER.matcher(decisionNumber);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public int getYear() { return year; }
    public LocalDate getRegistrationDueDate() { return registrationDueDate; }
    public LocalDate getRegisterBy() { return registerBy; }
    public LocalDate getApproveBy() { return approveBy; }
    public PlanStatus getStatus() { return status; }
    public String getReturnReason() { return returnReason; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getSignerTitle() { return signerTitle; }
    public String getSignerName() { return signerName; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public long getVersion() { return version; }
    public List<PlanItem> getItems() { return List.copyOf(items); }
}
