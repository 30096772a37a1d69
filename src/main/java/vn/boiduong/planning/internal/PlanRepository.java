package vn.boiduong.planning.internal;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.planning.TrainingPlan;

public interface PlanRepository extends JpaRepository<TrainingPlan, Long> {

    /**
     * The plan read to add, change or remove one of its items. The items are entities of their own, so
     * editing one leaves the plan's row untouched; this lock raises the plan's version when the
     * transaction commits, so an item edit and a submit (or a decision) that read the same version
     * cannot both commit: the later one finds the version changed and gets 409.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select p from TrainingPlan p where p.id = :id")
    Optional<TrainingPlan> findForItemEdit(@Param("id") Long id);

    Optional<TrainingPlan> findByAgencyIdAndYear(Long agencyId, int year);

    List<TrainingPlan> findByAgencyIdOrderByYearDesc(Long agencyId);

    List<TrainingPlan> findAllByOrderByYearDesc();

    /** Plans of every agency whose registration date falls in a window, in the given states (reminders). */
    List<TrainingPlan> findByRegisterByBetweenAndStatusInOrderById(java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<vn.boiduong.planning.PlanStatus> statuses);

    /** Plans of every agency whose approval date falls in a window, in the given states (reminders). */
    List<TrainingPlan> findByApproveByBetweenAndStatusInOrderById(java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<vn.boiduong.planning.PlanStatus> statuses);

    /** The decision numbers of the agency's approved plans dated in a window (numbers unique within a year). */
    @Query("select p.decisionNumber from TrainingPlan p where p.agencyId = :agencyId and p.status = :status "
            + "and p.decisionDate between :from and :to")
    List<String> decisionNumbers(@Param("agencyId") Long agencyId, @Param("status") vn.boiduong.planning.PlanStatus status,
            @Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to);

    /** A plan's agency, year and status, without loading its items (PlanService.header). */
    @Query("select p.agencyId, p.year, p.status from TrainingPlan p where p.id = :id")
    List<Object[]> header(@Param("id") Long id);
}
