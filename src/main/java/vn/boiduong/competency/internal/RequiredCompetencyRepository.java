package vn.boiduong.competency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RequiredCompetencyRepository extends JpaRepository<RequiredCompetency, Long> {

    /** Every requirement of the agency's active competencies, in one statement. */
    @Query("""
            select r from RequiredCompetency r
            where r.competencyId in (select c.id from Competency c where c.agencyId = :agencyId and c.active = true)
            """)
    List<RequiredCompetency> findByAgency(@Param("agencyId") Long agencyId);

    List<RequiredCompetency> findByCompetencyIdOrderByIdAsc(Long competencyId);
}
