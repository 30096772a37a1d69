package vn.boiduong.reporting.report;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResultsReportRepository extends JpaRepository<ResultsReport, Long> {

    boolean existsByAgencyIdAndYear(Long agencyId, int year);

    Optional<ResultsReport> findByAgencyIdAndYear(Long agencyId, int year);

    @Query("select r from ResultsReport r where r.agencyId = :agency and (:year is null or r.year = :year) "
            + "and (:status is null or r.status = :status)")
    Page<ResultsReport> search(@Param("agency") Long agencyId, @Param("year") Integer year,
            @Param("status") ReportStatus status, Pageable pageable);

    @Query("select coalesce(max(r.numberSeq), 0) from ResultsReport r where r.agencyId = :agency and r.numberYear = :year")
    int lastNumber(@Param("agency") Long agencyId, @Param("year") int year);
}
