package vn.boiduong.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A session of a hosted class: a date, a start and an end time, a room, a topic, a lecturer. */
@Entity
@Table(name = "class_session")
public class ClassSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long classId;
    private LocalDate sessionDate;
    private LocalTime startTime;
    private LocalTime endTime;
    private String room;
    private String topic;
    private Long lecturerId;

    protected ClassSession() {
    }

    public ClassSession(Long classId, SessionData d) {
        this.classId = classId;
        change(d);
    }

    public void change(SessionData d) {
        this.sessionDate = d.date();
        this.startTime = d.startTime();
        this.endTime = d.endTime();
        this.room = d.room();
        this.topic = d.topic();
        this.lecturerId = d.lecturerId();
    }

    /** Hours of the session, from its start and end: attended hours are counted from these. */
    public double hours() {
        return Duration.between(startTime, endTime).toMinutes() / 60.0;
    }

    public LocalDateTime start() {
        return sessionDate.atTime(startTime);
    }

    public LocalDateTime end() {
        return sessionDate.atTime(endTime);
    }

    /** Whether two sessions share a moment (touching ends do not overlap). */
    public boolean overlaps(ClassSession other) {
        return sessionDate.equals(other.sessionDate) && startTime.isBefore(other.endTime)
                && other.startTime.isBefore(endTime);
    }

    public Long getId() { return id; }
    public Long getClassId() { return classId; }
    public LocalDate getSessionDate() { return sessionDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public String getRoom() { return room; }
    public String getTopic() { return topic; }
    public Long getLecturerId() { return lecturerId; }
}
