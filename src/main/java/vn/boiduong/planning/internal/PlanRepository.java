package vn.boiduong.planning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.boiduong.planning.TrainingPlan;

public interface PlanRepository extends JpaRepository<TrainingPlan, Long> {

    Optional<TrainingPlan> findByAgencyIdAndYear(Long agencyId, int year);

    List<TrainingPlan> findByAgencyIdOrderByYearDesc(Long agencyId);

    List<TrainingPlan> findAllByOrderByYearDesc();

    /** Plans of every agency whose registration date falls in a window, in the given states (reminders). */
    List<TrainingPlan> findByRegisterByBetweenAndStatusInOrderById(java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<vn.boiduong.planning.PlanStatus> statuses);

    /** Plans of every agency whose approval date falls in a window, in the given states (reminders). */
    List<TrainingPlan> findByApproveByBetweenAndStatusInOrderById(java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<vn.boiduong.planning.PlanStatus> statuses);
}
