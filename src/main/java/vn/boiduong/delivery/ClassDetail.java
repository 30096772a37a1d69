package vn.boiduong.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One class as its page and {@code GET /api/v1/classes/{id}} show it: the class with its counts, why
 * it was cancelled, its lecturers and sessions (with their hours), and what the reader may do to it.
 */
public record ClassDetail(ClassView info, String cancelReason, List<LecturerView> lecturers,
        List<SessionView> sessions, double totalHours, ClassPolicy.Allowed allowed) {

    public record LecturerView(Long id, Long staffId, String fullName, String title, String rank, String rankLabel,
            String organisation) {

        static LecturerView of(ClassLecturer l) {
            return new LecturerView(l.getId(), l.getStaffId(), l.getFullName(), l.getTitle(), l.getRank().name(),
                    l.getRank().label(), l.getOrganisation());
        }
    }

    public record SessionView(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, double hours,
            String room, String topic, Long lecturerId, String lecturerName) {

        static SessionView of(ClassSession s, String lecturerName) {
            return new SessionView(s.getId(), s.getSessionDate(), s.getStartTime(), s.getEndTime(), s.hours(),
                    s.getRoom(), s.getTopic(), s.getLecturerId(), lecturerName);
        }
    }
}
