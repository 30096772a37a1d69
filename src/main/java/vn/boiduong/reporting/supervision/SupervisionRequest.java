package vn.boiduong.reporting.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.boiduong.reporting.SupervisionPolicy;

/** A request of a visit (kiến nghị): what a unit is to do, by a due date; part of the visit's aggregate. */
@Entity
@Table(name = "supervision_request")
public class SupervisionRequest implements SupervisionPolicy.Request {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private SupervisionVisit visit;
    private int seq;
    @Column(name = "request_text")
    private String text;
    private Long ownerUnitId;
    private LocalDate dueDate;
    private String status;
    private String closedBy;
    private LocalDateTime closedAt;

    protected SupervisionRequest() {
    }

    SupervisionRequest(SupervisionVisit visit, int seq, String text, Long ownerUnitId, LocalDate dueDate) {
        this.visit = visit;
        this.seq = seq;
        this.text = text;
        this.ownerUnitId = ownerUnitId;
        this.dueDate = dueDate;
        this.status = OPEN;
    }

    void close(String actor, LocalDateTime now) {
        this.status = CLOSED;
        this.closedBy = actor;
        this.closedAt = now;
    }

    @Override
    public Long ownerUnitId() { return ownerUnitId; }

    @Override
    public boolean closed() { return CLOSED.equals(status); }

    public Long getId() { return id; }
    public SupervisionVisit getVisit() { return visit; }
    public int getSeq() { return seq; }
    public String getText() { return text; }
    public Long getOwnerUnitId() { return ownerUnitId; }
    public LocalDate getDueDate() { return dueDate; }
    public String getStatus() { return status; }
    public String getClosedBy() { return closedBy; }
    public LocalDateTime getClosedAt() { return closedAt; }
}
