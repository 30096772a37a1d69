package vn.boiduong.delivery.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.delivery.TrainingClass;

public interface ClassRepository extends JpaRepository<TrainingClass, Long> {

    List<TrainingClass> findByAgencyIdOrderByStartDateAscIdAsc(Long agencyId);

    List<TrainingClass> findByAgencyIdAndPlanIdOrderByStartDateAscIdAsc(Long agencyId, Long planId);

    List<TrainingClass> findAllByOrderByStartDateAscIdAsc();

    List<TrainingClass> findByPlanIdOrderByStartDateAscIdAsc(Long planId);

    /** How many of an agency's classes of a year are in each status, for the home page's B5 box. */
    @Query("select c.status, count(c) from TrainingClass c where c.agencyId = :agencyId and c.year = :year "
            + "group by c.status")
    List<Object[]> countByStatus(@Param("agencyId") Long agencyId, @Param("year") int year);
}
