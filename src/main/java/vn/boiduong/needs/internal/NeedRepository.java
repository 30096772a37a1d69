package vn.boiduong.needs.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.needs.TrainingNeed;

public interface NeedRepository extends JpaRepository<TrainingNeed, Long> {

    /** Every filter optional; {@code staffId} keeps the needs that name that person. */
    @Query("""
            select n from TrainingNeed n
            where n.agencyId = :agencyId
              and (:year is null or n.year = :year)
              and (:unitId is null or n.unitId = :unitId)
              and (:status is null or n.status = :status)
              and (:q is null or n.searchText like :q)
              and (:staffId is null or :staffId member of n.staffIds)
            """)
    Page<TrainingNeed> search(@Param("agencyId") Long agencyId, @Param("year") Integer year,
            @Param("unitId") Long unitId, @Param("status") NeedStatus status, @Param("q") String q,
            @Param("staffId") Long staffId, Pageable pageable);

    List<TrainingNeed> findByAgencyIdAndYearAndStatusOrderByIdAsc(Long agencyId, int year, NeedStatus status);

    List<TrainingNeed> findByConsolidatedNeedIdOrderByIdAsc(Long consolidatedNeedId);

    List<TrainingNeed> findByIdIn(Collection<Long> ids);

    /** Per unit: how many needs it has sent for the year, and when it first sent one. */
    @Query("""
            select n.unitId as unitId, count(n) as sent, min(n.firstSubmittedAt) as firstSentAt
            from TrainingNeed n
            where n.agencyId = :agencyId and n.year = :year and n.firstSubmittedAt is not null
            group by n.unitId
            """)
    List<UnitSubmission> submissions(@Param("agencyId") Long agencyId, @Param("year") int year);

    boolean existsByAgencyIdAndYearAndUnitIdAndFirstSubmittedAtIsNotNull(Long agencyId, int year, Long unitId);

    boolean existsByAgencyId(Long agencyId);

    long countByAgencyIdAndYearAndStatus(Long agencyId, int year, NeedStatus status);

    long countByAgencyIdAndYear(Long agencyId, int year);

    interface UnitSubmission {
        Long getUnitId();

        long getSent();

        java.time.LocalDateTime getFirstSentAt();
    }
}
