package vn.boiduong.delivery.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.delivery.Certificate;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    List<Certificate> findByClassIdOrderByIdAsc(Long classId);

    Optional<Certificate> findByClassIdAndStaffId(Long classId, Long staffId);

    Optional<Certificate> findByVerificationCode(String code);

    boolean existsByAgencyIdAndIssueYearAndNumber(Long agencyId, int issueYear, String number);

    @Query("select coalesce(max(c.seq), 0) from Certificate c where c.agencyId = :agencyId and c.issueYear = :year")
    int maxSeq(@Param("agencyId") Long agencyId, @Param("year") int year);

    /** Valid certificates expiring between two days (the reminders 30 days before). */
    @Query("""
            select c from Certificate c where c.status = 'VALID' and c.expiresOn is not null
              and c.expiresOn between :from and :to order by c.expiresOn, c.id
            """)
    List<Certificate> expiringBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<Certificate> findByStaffIdIn(Collection<Long> staffIds);

    /** Completed learners of an agency's hosted classes of a year who have no certificate yet. */
    @Query("""
            select e from Enrolment e, TrainingClass c where c.id = e.classId and c.agencyId = :agencyId
              and c.year = :year and c.kind = vn.boiduong.planning.ItemKind.HOSTED
              and e.outcome = vn.boiduong.delivery.Outcome.COMPLETED
              and not exists (select x.id from Certificate x where x.classId = e.classId and x.staffId = e.staffId)
            order by c.endDate, c.id, e.id
            """)
    List<vn.boiduong.delivery.Enrolment> completedWithoutCertificate(@Param("agencyId") Long agencyId,
            @Param("year") int year);
}
