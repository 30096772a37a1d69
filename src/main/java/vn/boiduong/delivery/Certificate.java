package vn.boiduong.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;

/**
 * A certificate (giấy chứng nhận): {@link #KIND_ISSUED} by the agency for a completed hosted class,
 * with the PDF as issued, its SHA-256 and a random verification code; or {@link #KIND_EXTERNAL}, the
 * institution's certificate of an external class recorded from its number, date and scan. The
 * printed fields are kept as printed. Never deleted: revoked with a decision number and a reason.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public static final String KIND_ISSUED = "ISSUED";
    public static final String KIND_EXTERNAL = "EXTERNAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long classId;
    private Long staffId;
    private String kind;
    private int issueYear;
    private Integer seq;
    private String number;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private String fullName;
    private LocalDate birthDate;
    private String unitName;
    private String classTitle;
    private LocalDate classStart;
    private LocalDate classEnd;
    private BigDecimal hours;
    private BigDecimal score;
    private String classification;
    private String issuingAgency;
    private String institution;
    private String signerTitle;
    private String signerName;
    private String verificationCode;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] pdf;
    private String pdfSha256;
    private String scanFileName;
    private String scanContentType;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] scan;
    private String scanSha256;
    private String status;
    private String issuedBy;
    private LocalDateTime issuedAt;
    private String revokedBy;
    private LocalDateTime revokedAt;
    private String revocationDecision;
    private String revocationReason;
    @Version
    private long version;

    protected Certificate() {
    }

    /** What is printed on an issued certificate (and shown by the verification page). */
    public record Printed(String fullName, LocalDate birthDate, String unitName, String classTitle,
            LocalDate classStart, LocalDate classEnd, BigDecimal hours, BigDecimal score, String classification,
            String issuingAgency, String signerTitle, String signerName) {
    }

    public static Certificate issued(TrainingClass c, Long staffId, int seq, String number, LocalDate issuedOn,
            LocalDate expiresOn, Printed p, String verificationCode, String by, LocalDateTime at) {
        Certificate x = new Certificate();
        x.agencyId = c.getAgencyId();
        x.classId = c.getId();
        x.staffId = staffId;
        x.kind = KIND_ISSUED;
        x.issueYear = issuedOn.getYear();
        x.seq = seq;
        x.number = number;
        x.issuedOn = issuedOn;
        x.expiresOn = expiresOn;
        x.fullName = p.fullName();
        x.birthDate = p.birthDate();
        x.unitName = p.unitName();
        x.classTitle = p.classTitle();
        x.classStart = p.classStart();
        x.classEnd = p.classEnd();
        x.hours = p.hours();
        x.score = p.score();
        x.classification = p.classification();
        x.issuingAgency = p.issuingAgency();
        x.signerTitle = p.signerTitle();
        x.signerName = p.signerName();
        x.verificationCode = verificationCode;
        x.status = CertificateStatus.VALID.name();
        x.issuedBy = by;
        x.issuedAt = at;
        return x;
    }

    /** The institution's certificate of an external class, with the scan that passed the file checks. */
    public static Certificate external(TrainingClass c, Long staffId, String fullName, String number,
            LocalDate issuedOn, String scanFileName, String scanContentType, byte[] scan, String scanSha256,
            String by, LocalDateTime at) {
        Certificate x = new Certificate();
        x.agencyId = c.getAgencyId();
        x.classId = c.getId();
        x.staffId = staffId;
        x.kind = KIND_EXTERNAL;
        x.issueYear = issuedOn.getYear();
        x.number = number;
        x.issuedOn = issuedOn;
        x.fullName = fullName;
        x.classTitle = c.getTitle();
        x.classStart = c.getStartDate();
        x.classEnd = c.getEndDate();
        x.institution = c.getInstitution();
        x.scanFileName = scanFileName;
        x.scanContentType = scanContentType;
        x.scan = scan;
        x.scanSha256 = scanSha256;
        x.status = CertificateStatus.VALID.name();
        x.issuedBy = by;
        x.issuedAt = at;
        return x;
    }

    /** The PDF as issued and its SHA-256 (set once). */
    public void attachPdf(byte[] bytes, String sha256) {
        if (this.pdf != null) {
            throw new IllegalStateException("the issued PDF is never replaced");
        }
        this.pdf = bytes;
        this.pdfSha256 = sha256;
    }

    /** The institution's scan of an external certificate recorded without one (given once, never replaced). */
    public void attachScan(String fileName, String contentType, byte[] content, String sha256) {
        if (isIssued() || this.scan != null) {
            throw new IllegalTransitionException("Giấy chứng nhận số " + number + " đã có bản chụp.");
        }
        this.scanFileName = fileName;
        this.scanContentType = contentType;
        this.scan = content;
        this.scanSha256 = sha256;
    }

    /** Where it stands on a day: revoked, expired by its date, or valid. */
    public CertificateStatus statusOn(LocalDate day) {
        if (CertificateStatus.REVOKED.name().equals(status)) {
            return CertificateStatus.REVOKED;
        }
        return expiresOn != null && day.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    /** The Office chief revokes it by a decision, with a reason (a revoked one stays revoked). */
    public void revoke(String decision, String reason, String by, LocalDateTime at) {
        String d = decision == null ? "" : decision.strip();
        String r = reason == null ? "" : reason.strip();
        java.util.List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (d.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("decisionNumber", "Cần ghi số quyết định thu hồi."));
        } else if (d.length() > 60) {
            errors.add(new InvalidInputException.FieldError("decisionNumber", "Số quyết định dài quá 60 ký tự."));
        }
        if (r.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("reason", "Cần ghi lý do thu hồi."));
        } else if (r.length() > 1000) {
            errors.add(new InvalidInputException.FieldError("reason", "Lý do dài quá 1000 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Dữ liệu chưa hợp lệ.", errors);
        }
        if (CertificateStatus.REVOKED.name().equals(status)) {
            throw new IllegalTransitionException("Giấy chứng nhận số " + number + " đã bị thu hồi.");
        }
        status = CertificateStatus.REVOKED.name();
        revocationDecision = d;
        revocationReason = r;
        revokedBy = by;
        revokedAt = at;
    }

    /** The stored state (VALID or REVOKED; EXPIRED is read from the date, see {@link #statusOn}). */
    public String getStatusCode() { return status; }
    public boolean isIssued() { return KIND_ISSUED.equals(kind); }
    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getClassId() { return classId; }
    public Long getStaffId() { return staffId; }
    public String getKind() { return kind; }
    public int getIssueYear() { return issueYear; }
    public Integer getSeq() { return seq; }
    public String getNumber() { return number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getFullName() { return fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getUnitName() { return unitName; }
    public String getClassTitle() { return classTitle; }
    public LocalDate getClassStart() { return classStart; }
    public LocalDate getClassEnd() { return classEnd; }
    public BigDecimal getHours() { return hours; }
    public BigDecimal getScore() { return score; }
    public String getClassification() { return classification; }
    public String getIssuingAgency() { return issuingAgency; }
    public String getInstitution() { return institution; }
    public String getSignerTitle() { return signerTitle; }
    public String getSignerName() { return signerName; }
    public String getVerificationCode() { return verificationCode; }
    public byte[] getPdf() { return pdf; }
    public String getPdfSha256() { return pdfSha256; }
    public String getScanFileName() { return scanFileName; }
    public String getScanContentType() { return scanContentType; }
    public byte[] getScan() { return scan; }
    public String getScanSha256() { return scanSha256; }
    public String getIssuedBy() { return issuedBy; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public String getRevokedBy() { return revokedBy; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevocationDecision() { return revocationDecision; }
    public String getRevocationReason() { return revocationReason; }
}
