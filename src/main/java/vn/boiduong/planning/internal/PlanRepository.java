package vn.boiduong.planning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.planning.TrainingPlan;

public interface PlanRepository extends JpaRepository<TrainingPlan, Long> {

    Optional<TrainingPlan> findByAgencyIdAndYear(Long agencyId, int year);

    List<TrainingPlan> findByAgencyIdOrderByYearDesc(Long agencyId);

    List<TrainingPlan> findAllByOrderByYearDesc();
}
