package vn.boiduong.competency.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssessmentRepository extends JpaRepository<CompetencyAssessment, Long> {

    /** The assessments in force on a day for a whole group of people: one statement for a unit. */
    @Query("""
            select a from CompetencyAssessment a
            where a.staffId in :staffIds and a.assessedOn <= :day and (a.validTo is null or a.validTo > :day)
            """)
    List<CompetencyAssessment> validOn(@Param("staffIds") Collection<Long> staffIds, @Param("day") LocalDate day);

    /** A person's whole history, newest first. */
    List<CompetencyAssessment> findByStaffIdOrderByCompetencyIdAscAssessedOnDescIdDesc(Long staffId);

    /** The open assessment(s) of a person in a competency, locked so two assessors cannot both take over it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select a from CompetencyAssessment a
            where a.staffId = :staffId and a.competencyId = :competencyId and a.validTo is null
            """)
    List<CompetencyAssessment> openForUpdate(@Param("staffId") Long staffId, @Param("competencyId") Long competencyId);
}
