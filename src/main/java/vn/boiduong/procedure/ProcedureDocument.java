package vn.boiduong.procedure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.boiduong.common.InvalidInputException;

/**
 * The procedure QT.VP.05 as a controlled document (ISO 9001:2015): code, issue, who drafted,
 * reviewed and approved it, and the due-date offsets of B3 and B4. Only {@link ProcedureService}
 * changes it (the mutator is package-private); other modules read it.
 */
@Entity
@Table(name = "procedure_document")
public class ProcedureDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String title;
    private String issueNumber;
    private LocalDate issueDate;
    private String issuingDecision;
    private String draftedByName;
    private String draftedByTitle;
    private String reviewedByName;
    private String reviewedByTitle;
    private String approvedByName;
    private String approvedByTitle;
    private int registerOffsetDays;
    private int approveOffsetDays;
    @Version
    private long version;

    protected ProcedureDocument() {
    }

    public DueDates dueDates(LocalDate registrationDueDate) {
        return DueDates.of(registrationDueDate, registerOffsetDays, approveOffsetDays);
    }

    public ProcedureDocumentData data() {
        return new ProcedureDocumentData(title, issueNumber, issueDate, issuingDecision, draftedByName, draftedByTitle,
                reviewedByName, reviewedByTitle, approvedByName, approvedByTitle, registerOffsetDays,
                approveOffsetDays);
    }

    /** Applies new metadata after checking it; returns what changed, in Vietnamese, for the audit trail. */
    String revise(ProcedureDocumentData d) {
        d.check();
        ProcedureDocumentData before = data();
        title = d.title().trim();
        issueNumber = d.issueNumber().trim();
        issueDate = d.issueDate();
        issuingDecision = d.issuingDecision().trim();
        draftedByName = d.draftedByName().trim();
        draftedByTitle = d.draftedByTitle().trim();
        reviewedByName = d.reviewedByName().trim();
        reviewedByTitle = d.reviewedByTitle().trim();
        approvedByName = d.approvedByName().trim();
        approvedByTitle = d.approvedByTitle().trim();
        registerOffsetDays = d.registerOffsetDays();
        approveOffsetDays = d.approveOffsetDays();
        return describeChanges(before, data());
    }

    private static String describeChanges(ProcedureDocumentData a, ProcedureDocumentData b) {
        List<String> out = new ArrayList<>();
        change(out, "tên quy trình", a.title(), b.title());
        change(out, "lần ban hành", a.issueNumber(), b.issueNumber());
        change(out, "ngày ban hành", DATE.format(a.issueDate()), DATE.format(b.issueDate()));
        change(out, "quyết định ban hành", a.issuingDecision(), b.issuingDecision());
        change(out, "người soạn thảo", a.draftedByName() + ", " + a.draftedByTitle(),
                b.draftedByName() + ", " + b.draftedByTitle());
        change(out, "người xem xét", a.reviewedByName() + ", " + a.reviewedByTitle(),
                b.reviewedByName() + ", " + b.reviewedByTitle());
        change(out, "người phê duyệt", a.approvedByName() + ", " + a.approvedByTitle(),
                b.approvedByName() + ", " + b.approvedByTitle());
        change(out, "số ngày đăng ký trước hạn (B3)", a.registerOffsetDays(), b.registerOffsetDays());
        change(out, "số ngày phê duyệt trước hạn (B4)", a.approveOffsetDays(), b.approveOffsetDays());
        return out.isEmpty() ? "không có thay đổi" : String.join("; ", out);
    }

    private static void change(List<String> out, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(label + ": " + before + " → " + after);
        }
    }

    /** Throws the field errors of {@code errors} at once, as every form of the application does. */
    static void failIfAny(List<InvalidInputException.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getIssueNumber() { return issueNumber; }
    public LocalDate getIssueDate() { return issueDate; }
    public String getIssuingDecision() { return issuingDecision; }
    public String getDraftedByName() { return draftedByName; }
    public String getDraftedByTitle() { return draftedByTitle; }
    public String getReviewedByName() { return reviewedByName; }
    public String getReviewedByTitle() { return reviewedByTitle; }
    public String getApprovedByName() { return approvedByName; }
    public String getApprovedByTitle() { return approvedByTitle; }
    public int getRegisterOffsetDays() { return registerOffsetDays; }
    public int getApproveOffsetDays() { return approveOffsetDays; }
    public long getVersion() { return version; }
}
