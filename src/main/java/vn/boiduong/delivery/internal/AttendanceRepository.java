package vn.boiduong.delivery.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.delivery.Attendance;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);

    List<Attendance> findBySessionIdAndStaffIdIn(Long sessionId, Collection<Long> staffIds);

    /** Every mark of a class's sessions. */
    @Query("select a from Attendance a, ClassSession s where s.id = a.sessionId and s.classId = :classId")
    List<Attendance> findByClassId(@Param("classId") Long classId);
}
