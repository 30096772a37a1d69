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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;
import vn.boiduong.documents.DocumentKind;
import vn.boiduong.documents.DocumentNumber;
import vn.boiduong.procedure.DueDates;

/**
 * The annual plan of one agency (B3–B4): the Office chief drafts and submits it, the Director
 * returns or approves it; once approved it is frozen. One method per transition, each checking the
 * state and the actor's right.
 */
@Entity
@Table(name = "training_plan")
public class TrainingPlan {

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

    /** The Office (chief or specialist) of the plan's agency writes items. */
    public static boolean mayEdit(Actor actor, Long agencyId) {
        return actor.isOffice() && agencyId.equals(actor.agencyId());
    }

    public static boolean maySubmit(Actor actor, Long agencyId) {
        return actor.has(Role.OFFICE_CHIEF) && agencyId.equals(actor.agencyId());
    }

    public static boolean mayDecide(Actor actor, Long agencyId) {
        return actor.has(Role.DIRECTOR) && agencyId.equals(actor.agencyId());
    }

    /** Items may change only while the plan is a draft or returned: 409 otherwise, whatever was sent. */
    void requireEditable() {
        if (status == PlanStatus.APPROVED) {
            throw new IllegalTransitionException("Kế hoạch đã được phê duyệt, không thể sửa đổi.");
        }
        if (!status.editable()) {
            throw new IllegalTransitionException("Kế hoạch đang chờ Giám đốc phê duyệt, không thể sửa đổi.");
        }
    }

    PlanItem addItem(Actor actor, PlanItemData data) {
        if (!mayEdit(actor, agencyId)) {
            throw new ForbiddenException();
        }
        requireEditable();
        int next = items.stream().mapToInt(PlanItem::getSequence).max().orElse(0) + 1;
        PlanItem item = new PlanItem(id, next, data);
        items.add(item);
        return item;
    }

    PlanItem updateItem(Actor actor, Long itemId, PlanItemData data) {
        if (!mayEdit(actor, agencyId)) {
            throw new ForbiddenException();
        }
        requireEditable();
        PlanItem item = item(itemId);
        item.apply(data);
        return item;
    }

    PlanItem removeItem(Actor actor, Long itemId) {
        if (!mayEdit(actor, agencyId)) {
            throw new ForbiddenException();
        }
        requireEditable();
        PlanItem item = item(itemId);
        items.remove(item);
        return item;
    }

    public PlanItem item(Long itemId) {
        return items.stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new vn.boiduong.common.NotFoundException("mục kế hoạch"));
    }

    /** B3: the Office chief submits the plan to the Director. */
    void submit(Actor actor, LocalDateTime now) {
        if (!maySubmit(actor, agencyId)) {
            throw new ForbiddenException();
        }
        if (!status.editable()) {
            throw new IllegalTransitionException(status == PlanStatus.APPROVED
                    ? "Kế hoạch đã được phê duyệt." : "Kế hoạch đã được trình, đang chờ Giám đốc phê duyệt.");
        }
        if (items.isEmpty()) {
            throw new IllegalTransitionException("Kế hoạch chưa có lớp hoặc khóa học nào, chưa thể trình.");
        }
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
    }

    /** The Director sends the plan back with a reason; the Office edits and submits again. */
    void returnToOffice(Actor actor, String reason, LocalDateTime now) {
        if (!mayDecide(actor, agencyId)) {
            throw new ForbiddenException();
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Nhập lý do trả lại.");
        }
        if (reason.strip().length() > 2000) {
            throw InvalidInputException.of("reason", "Tối đa 2000 ký tự.");
        }
        requireSubmitted();
        status = PlanStatus.RETURNED;
        returnReason = reason.strip();
        decidedAt = now;
        decidedBy = actor.username();
    }

    /**
     * B4: the Director approves by a decision; the signer comes from the agency's settings. A plan
     * already decided is a 409 before its input is read. The number is kept in its official form,
     * its symbol rebuilt from the agency's code ("125" and "125/QĐ-SNV" both become "125/QĐ-SNV",
     * "9" becomes "09/QĐ-SNV"), and must not repeat a number of the same year.
     */
    void approve(Actor actor, String number, LocalDate date, String agencyCode, String signerTitle,
            String signerName, IssuedNumbers issued, LocalDateTime now) {
        if (!mayDecide(actor, agencyId)) {
            throw new ForbiddenException();
        }
        requireSubmitted();
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

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new IllegalTransitionException(status == PlanStatus.APPROVED ? "Kế hoạch đã được phê duyệt."
                    : "Kế hoạch chưa được trình, chưa thể quyết định.");
        }
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
