package vn.boiduong.delivery.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.boiduong.delivery.ClassSession;

public interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    List<ClassSession> findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(Long classId);

    List<ClassSession> findByClassIdInOrderBySessionDateAscStartTimeAscIdAsc(Collection<Long> classIds);

    long countByClassId(Long classId);

    /** Attendance marks of a session: a marked session is not deleted (its marks are records). */
    @Query(value = "select count(*) from attendance where session_id = :sessionId", nativeQuery = true)
    long countMarks(@Param("sessionId") Long sessionId);

    /**
     * Who of these people is enrolled in another (not cancelled) class with a session that shares a
     * moment with one of this class's sessions: rows of (staff id, other class id, other class title).
     */
    @Query("""
            select distinct e.staffId, c2.id, c2.title from Enrolment e, TrainingClass c2, ClassSession s2, ClassSession s1
            where e.staffId in :staffIds and e.status = vn.boiduong.delivery.EnrolmentStatus.ENROLLED
              and e.classId <> :classId and c2.id = e.classId
              and c2.status <> vn.boiduong.delivery.ClassStatus.CANCELLED
              and s2.classId = c2.id and s1.classId = :classId
              and s1.sessionDate = s2.sessionDate and s1.startTime < s2.endTime and s2.startTime < s1.endTime
            """)
    List<Object[]> overlapping(@Param("classId") Long classId, @Param("staffIds") Collection<Long> staffIds);

    /**
     * The same for one session about to be added or moved: who of the class's enrolled learners is
     * then in another class at the same moment.
     */
    @Query("""
            select distinct e.staffId, c2.id, c2.title from Enrolment e, Enrolment mine, TrainingClass c2, ClassSession s2
            where mine.classId = :classId and mine.status = vn.boiduong.delivery.EnrolmentStatus.ENROLLED
              and e.staffId = mine.staffId and e.status = vn.boiduong.delivery.EnrolmentStatus.ENROLLED
              and e.classId <> :classId and c2.id = e.classId
              and c2.status <> vn.boiduong.delivery.ClassStatus.CANCELLED
              and s2.classId = c2.id and s2.sessionDate = :date and s2.startTime < :endTime and :startTime < s2.endTime
            """)
    List<Object[]> overlappingSession(@Param("classId") Long classId, @Param("date") LocalDate date,
            @Param("startTime") LocalTime startTime, @Param("endTime") LocalTime endTime);
}
