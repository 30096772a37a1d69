package vn.boiduong.delivery.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.delivery.TrainingClass;

public interface ClassRepository extends JpaRepository<TrainingClass, Long> {

    List<TrainingClass> findByPlanIdOrderByStartDateAscIdAsc(Long planId);

    /**
     * The class locked for the rest of the transaction: enrolments into it are decided one at a
     * time, so two Office users (or two tabs) cannot both take the last seat.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TrainingClass c where c.id = :id")
    Optional<TrainingClass> findForUpdate(@Param("id") Long id);

    /** A page of the classes of an agency (all agencies when null), filtered; q is matched on the folded title. */
    @Query("""
            select c from TrainingClass c
            where (:agencyId is null or c.agencyId = :agencyId)
              and (:planId is null or c.planId = :planId)
              and (:year is null or c.year = :year)
              and (:status is null or c.status = :status)
              and (:q is null or lower(c.title) like :q)
            """)
    Page<TrainingClass> search(@Param("agencyId") Long agencyId, @Param("planId") Long planId,
            @Param("year") Integer year, @Param("status") ClassStatus status, @Param("q") String q,
            Pageable pageable);

    /** How many of an agency's classes of a year are in each status, for the home page's B5 box. */
    @Query("select c.status, count(c) from TrainingClass c where c.agencyId = :agencyId and c.year = :year "
            + "group by c.status")
    List<Object[]> countByStatus(@Param("agencyId") Long agencyId, @Param("year") int year);

    /** The years that have classes in an agency, newest first, for the list's year filter. */
    @Query("select distinct c.year from TrainingClass c where (:agencyId is null or c.agencyId = :agencyId) "
            + "order by c.year desc")
    List<Integer> years(@Param("agencyId") Long agencyId);

    List<TrainingClass> findByIdIn(Collection<Long> ids);
}
