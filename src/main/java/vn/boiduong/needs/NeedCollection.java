package vn.boiduong.needs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The Office's call for the year's needs, with the date by which every unit should have sent
 * something. Open until its due date; after it, units that sent nothing are late.
 */
@Entity
@Table(name = "need_collection")
public class NeedCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Column(name = "training_year")
    private int year;
    private LocalDate dueDate;
    private String openedBy;
    private LocalDateTime openedAt;
    @Version
    private long version;

    protected NeedCollection() {
    }

    NeedCollection(Long agencyId, int year, LocalDate dueDate, String openedBy, LocalDateTime openedAt) {
        this.agencyId = agencyId;
        this.year = year;
        this.dueDate = dueDate;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void moveDueDate(LocalDate newDueDate) {
        this.dueDate = newDueDate;
    }

    /** Open through the whole of its due date. */
    public boolean isOpen(LocalDate today) {
        return !today.isAfter(dueDate);
    }

    /** Whether a first submission at {@code at} came in time. */
    public boolean inTime(LocalDateTime at) {
        return at != null && !at.toLocalDate().isAfter(dueDate);
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public int getYear() { return year; }
    public LocalDate getDueDate() { return dueDate; }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public long getVersion() { return version; }
}
