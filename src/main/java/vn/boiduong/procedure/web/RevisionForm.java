package vn.boiduong.procedure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.boiduong.procedure.ProcedureRevisionData;

/** The administrator's form for a new row of "Sửa đổi tài liệu". */
public class RevisionForm {

    @NotBlank(message = "{procedure.revision.request.required}")
    @Size(max = 500, message = "{procedure.text.size500}")
    private String request;
    @NotBlank(message = "{procedure.revision.section.required}")
    @Size(max = 200, message = "{procedure.text.size200}")
    private String section;
    @NotBlank(message = "{procedure.revision.description.required}")
    @Size(max = 2000, message = "{procedure.text.size2000}")
    private String description;
    @NotBlank(message = "{procedure.revision.issueLabel.required}")
    @Size(max = 30, message = "{procedure.text.size30}")
    private String issueLabel;
    @NotNull(message = "{procedure.revision.date.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate revisionDate;

    public ProcedureRevisionData toData() {
        return new ProcedureRevisionData(request, section, description, issueLabel, revisionDate);
    }

    public String getRequest() { return request; }
    public void setRequest(String request) { this.request = request; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getIssueLabel() { return issueLabel; }
    public void setIssueLabel(String issueLabel) { this.issueLabel = issueLabel; }
    public LocalDate getRevisionDate() { return revisionDate; }
    public void setRevisionDate(LocalDate revisionDate) { this.revisionDate = revisionDate; }
}
