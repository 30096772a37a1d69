package vn.boiduong.delivery.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.delivery.Enrolment;
import vn.boiduong.delivery.EnrolmentStatus;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByClassIdOrderByIdAsc(Long classId);

    Optional<Enrolment> findByClassIdAndStaffId(Long classId, Long staffId);

    List<Enrolment> findByClassIdAndStaffIdIn(Long classId, Collection<Long> staffIds);

    long countByClassIdAndStatus(Long classId, EnrolmentStatus status);

    List<Enrolment> findByStaffIdOrderByIdDesc(Long staffId);

    /** Enrolled learners without a result yet: a class is closed only when there are none. */
    long countByClassIdAndStatusAndOutcomeIsNull(Long classId, EnrolmentStatus status);

    /** Enrolled and completed per class, for a page of the classes list: rows of (class id, enrolled, completed). */
    @Query("""
            select e.classId,
                   sum(case when e.status = vn.boiduong.delivery.EnrolmentStatus.ENROLLED then 1 else 0 end),
                   sum(case when e.outcome = vn.boiduong.delivery.Outcome.COMPLETED then 1 else 0 end),
                   sum(case when e.status = vn.boiduong.delivery.EnrolmentStatus.NOMINATED then 1 else 0 end)
            from Enrolment e where e.classId in :classIds group by e.classId
            """)
    List<Object[]> countsByClass(@Param("classIds") Collection<Long> classIds);
}
