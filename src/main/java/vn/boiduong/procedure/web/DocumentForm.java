package vn.boiduong.procedure.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.boiduong.procedure.ProcedureDocument;
import vn.boiduong.procedure.ProcedureDocumentData;

/** The administrator's form for the document's metadata and offsets; dates typed as dd/MM/yyyy. */
public class DocumentForm {

    @NotBlank(message = "{procedure.title.required}")
    @Size(max = 300, message = "{procedure.text.size300}")
    private String title;
    @NotBlank(message = "{procedure.issueNumber.required}")
    @Size(max = 10, message = "{procedure.text.size10}")
    private String issueNumber;
    @NotNull(message = "{procedure.issueDate.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate issueDate;
    @NotBlank(message = "{procedure.issuingDecision.required}")
    @Size(max = 300, message = "{procedure.text.size300}")
    private String issuingDecision;
    @NotBlank(message = "{procedure.name.required}")
    @Size(max = 150, message = "{procedure.text.size150}")
    private String draftedByName;
    @NotBlank(message = "{procedure.jobTitle.required}")
    @Size(max = 100, message = "{procedure.text.size100}")
    private String draftedByTitle;
    @NotBlank(message = "{procedure.name.required}")
    @Size(max = 150, message = "{procedure.text.size150}")
    private String reviewedByName;
    @NotBlank(message = "{procedure.jobTitle.required}")
    @Size(max = 100, message = "{procedure.text.size100}")
    private String reviewedByTitle;
    @NotBlank(message = "{procedure.name.required}")
    @Size(max = 150, message = "{procedure.text.size150}")
    private String approvedByName;
    @NotBlank(message = "{procedure.jobTitle.required}")
    @Size(max = 100, message = "{procedure.text.size100}")
    private String approvedByTitle;
    @NotNull(message = "{procedure.offset.range}")
    @Min(value = 0, message = "{procedure.offset.range}")
    @Max(value = 60, message = "{procedure.offset.range}")
    private Integer registerOffsetDays;
    @NotNull(message = "{procedure.offset.range}")
    @Min(value = 0, message = "{procedure.offset.range}")
    @Max(value = 60, message = "{procedure.offset.range}")
    private Integer approveOffsetDays;
    private Long version;

    public static DocumentForm of(ProcedureDocument d) {
        DocumentForm f = new DocumentForm();
        ProcedureDocumentData data = d.data();
        f.title = data.title();
        f.issueNumber = data.issueNumber();
        f.issueDate = data.issueDate();
        f.issuingDecision = data.issuingDecision();
        f.draftedByName = data.draftedByName();
        f.draftedByTitle = data.draftedByTitle();
        f.reviewedByName = data.reviewedByName();
        f.reviewedByTitle = data.reviewedByTitle();
        f.approvedByName = data.approvedByName();
        f.approvedByTitle = data.approvedByTitle();
        f.registerOffsetDays = data.registerOffsetDays();
        f.approveOffsetDays = data.approveOffsetDays();
        f.version = d.getVersion();
        return f;
    }

    public ProcedureDocumentData toData() {
        return new ProcedureDocumentData(title, issueNumber, issueDate, issuingDecision, draftedByName, draftedByTitle,
                reviewedByName, reviewedByTitle, approvedByName, approvedByTitle, registerOffsetDays,
                approveOffsetDays);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIssueNumber() { return issueNumber; }
    public void setIssueNumber(String issueNumber) { this.issueNumber = issueNumber; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public String getIssuingDecision() { return issuingDecision; }
    public void setIssuingDecision(String issuingDecision) { this.issuingDecision = issuingDecision; }
    public String getDraftedByName() { return draftedByName; }
    public void setDraftedByName(String draftedByName) { this.draftedByName = draftedByName; }
    public String getDraftedByTitle() { return draftedByTitle; }
    public void setDraftedByTitle(String draftedByTitle) { this.draftedByTitle = draftedByTitle; }
    public String getReviewedByName() { return reviewedByName; }
    public void setReviewedByName(String reviewedByName) { this.reviewedByName = reviewedByName; }
    public String getReviewedByTitle() { return reviewedByTitle; }
    public void setReviewedByTitle(String reviewedByTitle) { this.reviewedByTitle = reviewedByTitle; }
    public String getApprovedByName() { return approvedByName; }
    public void setApprovedByName(String approvedByName) { this.approvedByName = approvedByName; }
    public String getApprovedByTitle() { return approvedByTitle; }
    public void setApprovedByTitle(String approvedByTitle) { this.approvedByTitle = approvedByTitle; }
    public Integer getRegisterOffsetDays() { return registerOffsetDays; }
    public void setRegisterOffsetDays(Integer registerOffsetDays) { this.registerOffsetDays = registerOffsetDays; }
    public Integer getApproveOffsetDays() { return approveOffsetDays; }
    public void setApproveOffsetDays(Integer approveOffsetDays) { this.approveOffsetDays = approveOffsetDays; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
