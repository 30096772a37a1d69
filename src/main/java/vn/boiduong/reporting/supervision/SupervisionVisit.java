package vn.boiduong.reporting.supervision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.Actor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.reporting.SupervisionEvents;
import vn.boiduong.reporting.SupervisionPolicy;

/**
 * A supervision visit of B6 (kiểm tra, giám sát): the Office chief's check of a class or of a unit on
 * a date, against the plan's criteria, with findings and requests to units. OPEN until the chief
 * closes it (every request closed first); a closed visit is read-only. Its transitions ask
 * {@link SupervisionPolicy} and register the events of {@link SupervisionEvents}, which the service
 * publishes after the audit line.
 */
@Entity
@Table(name = "supervision_visit")
public class SupervisionVisit implements SupervisionPolicy.Visit {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long classId;
    private Long unitId;
    private String subjectTitle;
    private LocalDate visitDate;
    private String findings;
    private String status;
    private String recordedBy;
    private LocalDateTime recordedAt;
    private String closedBy;
    private LocalDateTime closedAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "supervision_criterion", joinColumns = @JoinColumn(name = "visit_id"))
    private List<CriterionCheck> criteria = new ArrayList<>();
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<SupervisionRequest> requests = new ArrayList<>();
    @Transient
    private final List<Object> events = new ArrayList<>();

    protected SupervisionVisit() {
    }

    /** What a visit records; checked by the service before the visit is made. */
    public record Data(Long classId, Long unitId, String subjectTitle, LocalDate date, List<CriterionCheck> criteria,
            String findings, List<RequestData> requests) {
    }

    public record RequestData(String text, Long ownerUnitId, LocalDate dueDate) {
    }

    /** Records a visit: the Office chief of the agency (the policy says so before anything is made). */
    public static SupervisionVisit record(SupervisionPolicy policy, Actor actor, Data d, LocalDateTime now) {
        policy.record(actor).orThrow();
        if ((d.classId() == null) == (d.unitId() == null)) {
            throw new IllegalArgumentException("exactly one of class and unit");
        }
        SupervisionVisit v = new SupervisionVisit();
        v.agencyId = actor.agencyId();
        v.classId = d.classId();
        v.unitId = d.unitId();
        v.subjectTitle = d.subjectTitle();
        v.visitDate = d.date();
        v.findings = d.findings();
        v.status = OPEN;
        v.recordedBy = actor.username();
        v.recordedAt = now;
        v.criteria = new ArrayList<>(d.criteria());
        int seq = 1;
        for (RequestData r : d.requests()) {
            v.requests.add(new SupervisionRequest(v, seq++, r.text(), r.ownerUnitId(), r.dueDate()));
        }
        return v;
    }

    /** Registered once the visit has its id (after it is saved). */
    public void registerRecorded() {
        events.add(new SupervisionEvents.SupervisionVisitRecorded(id, agencyId, classId, unitId, subjectTitle,
                visitDate, requests.stream().map(SupervisionRequest::getOwnerUnitId).distinct().toList(),
                recordedBy));
    }

    /** Closes one request: the owner unit's head or the Office, while the visit and the request are open. */
    public SupervisionRequest closeRequest(SupervisionPolicy policy, Actor actor, Long requestId, LocalDateTime now) {
        SupervisionRequest r = requests.stream().filter(x -> requestId.equals(x.getId())).findFirst()
                .orElseThrow(() -> new vn.boiduong.common.NotFoundException("kiến nghị"));
        policy.closeRequest(actor, this, r).orThrow();
        r.close(actor.username(), now);
        events.add(new SupervisionEvents.RequestClosed(id, r.getId(), agencyId, r.getOwnerUnitId(), actor.username()));
        return r;
    }

    /** OPEN → CLOSED: the Office chief, once every request is closed. */
    public void close(SupervisionPolicy policy, Actor actor, LocalDateTime now) {
        policy.close(actor, this).orThrow();
        if (CLOSED.equals(status)) {
            throw new IllegalTransitionException("Đợt kiểm tra đã kết thúc.");
        }
        status = CLOSED;
        closedBy = actor.username();
        closedAt = now;
        events.add(new SupervisionEvents.VisitClosed(id, agencyId, subjectTitle, visitDate, actor.username()));
    }

    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    @Override
    public Long agencyId() { return agencyId; }

    @Override
    public Long unitId() { return unitId; }

    @Override
    public boolean closed() { return CLOSED.equals(status); }

    @Override
    public boolean hasRequestOf(Long unit) {
        return requests.stream().anyMatch(r -> r.getOwnerUnitId().equals(unit));
    }

    @Override
    public long openRequests() {
        return requests.stream().filter(r -> !r.closed()).count();
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getClassId() { return classId; }
    public Long getUnitId() { return unitId; }
    public String getSubjectTitle() { return subjectTitle; }
    public LocalDate getVisitDate() { return visitDate; }
    public String getFindings() { return findings; }
    public String getStatus() { return status; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getClosedBy() { return closedBy; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
    public List<CriterionCheck> getCriteria() { return List.copyOf(criteria); }
    public List<SupervisionRequest> getRequests() { return List.copyOf(requests); }
}
