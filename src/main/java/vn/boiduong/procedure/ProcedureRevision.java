package vn.boiduong.procedure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/**
 * One row of "Sửa đổi tài liệu": a controlled document's revisions are appended, never rewritten,
 * so the entity is immutable once saved.
 */
@Entity
@Immutable
@Table(name = "procedure_revision")
public class ProcedureRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long documentId;
    /** "Yêu cầu sửa đổi/bổ sung" */
    private String request;
    /** "Trang / Phần liên quan việc sửa đổi" */
    private String section;
    /** "Mô tả nội dung sửa đổi" */
    private String description;
    /** "Lần ban hành / Lần sửa đổi" */
    private String issueLabel;
    /** "Ngày ban hành" */
    private LocalDate revisionDate;
    private String createdBy;
    private LocalDateTime createdAt;

    protected ProcedureRevision() {
    }

    ProcedureRevision(Long documentId, ProcedureRevisionData d, String createdBy, LocalDateTime createdAt) {
        this.documentId = documentId;
        this.request = d.request().trim();
        this.section = d.section().trim();
        this.description = d.description().trim();
        this.issueLabel = d.issueLabel().trim();
        this.revisionDate = d.revisionDate();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public String getRequest() { return request; }
    public String getSection() { return section; }
    public String getDescription() { return description; }
    public String getIssueLabel() { return issueLabel; }
    public LocalDate getRevisionDate() { return revisionDate; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
