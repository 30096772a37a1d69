package vn.boiduong.delivery.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.delivery.TrainingClass;

public interface ClassRepository extends JpaRepository<TrainingClass, Long> {

    List<TrainingClass> findByAgencyIdOrderByStartDateAscIdAsc(Long agencyId);

    List<TrainingClass> findByAgencyIdAndPlanIdOrderByStartDateAscIdAsc(Long agencyId, Long planId);

    List<TrainingClass> findAllByOrderByStartDateAscIdAsc();

    List<TrainingClass> findByPlanIdOrderByStartDateAscIdAsc(Long planId);
}
