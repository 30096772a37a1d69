package vn.boiduong.delivery;

import java.time.LocalDate;

/**
 * A valid certificate whose expiry date nears, as the reminders read it: who holds it, of which
 * class, and when it expires. Revoked certificates are never reported.
 */
public record ExpiringCertificate(Long id, Long agencyId, Long classId, Long staffId, String number,
        String fullName, String classTitle, LocalDate expiresOn) {

    static ExpiringCertificate of(Certificate c) {
        return new ExpiringCertificate(c.getId(), c.getAgencyId(), c.getClassId(), c.getStaffId(), c.getNumber(),
                c.getFullName(), c.getClassTitle(), c.getExpiresOn());
    }
}
