package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A certificate as the class page, the API and the public verification page show it: every field
 * printed on it, where it stands, and the SHA-256 of the PDF as issued (a reader compares it with the
 * file in hand: an edited PDF has another).
 */
public record CertificateView(Long id, Long classId, Long staffId, String kind, String number, LocalDate issuedOn,
        LocalDate expiresOn, String fullName, LocalDate birthDate, String unitName, String classTitle,
        LocalDate classStart, LocalDate classEnd, BigDecimal hours, BigDecimal score, String classification,
        String issuingAgency, String institution, String signerTitle, String signerName, CertificateStatus status,
        String statusLabel, String revocationDecision, String revocationReason, String pdfSha256,
        boolean hasScan) {

    static CertificateView of(Certificate c, LocalDate today) {
        CertificateStatus st = c.statusOn(today);
        return new CertificateView(c.getId(), c.getClassId(), c.getStaffId(), c.getKind(), c.getNumber(),
                c.getIssuedOn(), c.getExpiresOn(), c.getFullName(), c.getBirthDate(), c.getUnitName(),
                c.getClassTitle(), c.getClassStart(), c.getClassEnd(), c.getHours(), c.getScore(),
                c.getClassification(), c.getIssuingAgency(), c.getInstitution(), c.getSignerTitle(),
                c.getSignerName(), st, st.label(), c.getRevocationDecision(), c.getRevocationReason(),
                c.getPdfSha256(), c.getScan() != null);
    }
}
