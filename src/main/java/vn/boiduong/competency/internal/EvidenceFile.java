package vn.boiduong.competency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file that proves an assessment (minh chứng): stored once, never changed, as the bytes that
 * passed {@link EvidenceCheck}, with their SHA-256 so a copy handed out later can be shown to be the
 * same. Listing reads {@link EvidenceMeta}, never the bytes.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assessmentId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    // VARBINARY is bytea on PostgreSQL; @Lob would be an oid there and a BLOB on H2
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "content", nullable = false)
    private byte[] content;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    protected EvidenceFile() {
    }

    public EvidenceFile(Long assessmentId, EvidenceCheck.Accepted accepted, byte[] content, String uploadedBy,
            LocalDateTime uploadedAt) {
        this.assessmentId = assessmentId;
        this.fileName = accepted.fileName();
        this.contentType = accepted.kind().contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Long getId() { return id; }
    public Long getAssessmentId() { return assessmentId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
