package vn.boiduong.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A learner's mark for one session (one row per session and learner: a unique constraint). */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sessionId;
    private Long staffId;
    @Enumerated(EnumType.STRING)
    private Presence presence;
    private String markedBy;
    private LocalDateTime markedAt;
    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(Long sessionId, Long staffId, Presence presence, String markedBy, LocalDateTime markedAt) {
        this.sessionId = sessionId;
        this.staffId = staffId;
        mark(presence, markedBy, markedAt);
    }

    /** Sets the mark; returns the mark it had. */
    public Presence mark(Presence presence, String by, LocalDateTime at) {
        Presence before = this.presence;
        this.presence = presence;
        this.markedBy = by;
        this.markedAt = at;
        return before;
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getStaffId() { return staffId; }
    public Presence getPresence() { return presence; }
    public String getMarkedBy() { return markedBy; }
    public LocalDateTime getMarkedAt() { return markedAt; }
}
