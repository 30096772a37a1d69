package vn.boiduong.reporting.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<SupervisionVisit, Long> {

    /**
     * The agency's visits; with {@code unitId}, those of the unit or with a request it owns (a unit head's);
     * {@code q} a lower-case LIKE pattern over the subject and the findings.
     */
    @Query("""
            select v from SupervisionVisit v where v.agencyId = :agencyId
            and (:unitId is null or v.unitId = :unitId
                 or exists (select r.id from SupervisionRequest r where r.visit = v and r.ownerUnitId = :unitId))
            and (:status is null or v.status = :status)
            and (:q is null or lower(v.subjectTitle) like :q escape '\\' or lower(v.findings) like :q escape '\\')
            """)
    Page<SupervisionVisit> search(@Param("agencyId") Long agencyId, @Param("unitId") Long unitId,
            @Param("status") String status, @Param("q") String q, Pageable pageable);

    /** Open requests with a due date between the two dates, of open visits: the reminders' source. */
    @Query("""
            select r from SupervisionRequest r join fetch r.visit v
            where r.status = 'OPEN' and v.status = 'OPEN' and r.dueDate between :from and :to order by r.id
            """)
    List<SupervisionRequest> openRequestsDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select r from SupervisionRequest r join fetch r.visit where r.id = :id")
    java.util.Optional<SupervisionRequest> request(@Param("id") Long id);
}
