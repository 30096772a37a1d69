package vn.boiduong.archive;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.boiduong.common.Actor;

/**
 * A record set (hồ sơ lưu): the documents of one year and one training content, kept at the Office.
 * Opened and filled by the steps' events; closed by the Office (read-only from then on); disposed of
 * only through an approved {@link Disposal}. Its transitions ask {@link ArchivePolicy} first and
 * register the events the service publishes.
 */
public class RecordSet implements ArchivePolicy.Subject {

    /** The content key of the year's general set: the plan's own documents (consolidation, plan, report). */
    public static final String PLAN_CONTENT = "PLAN";

    private final Long id;
    private final Long agencyId;
    private final int year;
    private final String contentKey;
    private final String title;
    private final String category;
    private final Long planId;
    private RecordSetStatus status;
    private final LocalDateTime createdAt;
    private LocalDateTime closedAt;
    private String closedBy;
    private final long version;
    private final List<Object> events = new ArrayList<>();

    public RecordSet(Long id, Long agencyId, int year, String contentKey, String title, String category, Long planId,
            RecordSetStatus status, LocalDateTime createdAt, LocalDateTime closedAt, String closedBy, long version) {
        this.id = id;
        this.agencyId = agencyId;
        this.year = year;
        this.contentKey = contentKey;
        this.title = title;
        this.category = category;
        this.planId = planId;
        this.status = status;
        this.createdAt = createdAt;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.version = version;
    }

    /** OPEN → CLOSED (đóng hồ sơ). */
    public void close(ArchivePolicy policy, Actor actor, LocalDateTime now) {
        policy.close(actor, this).orThrow();
        status = RecordSetStatus.CLOSED;
        closedAt = now;
        closedBy = actor.username();
        events.add(new ArchiveEvents.RecordSetClosed(id, agencyId, title, actor.username()));
    }

    /** CLOSED → DISPOSED: only the approval of a disposal calls this, once its checks have passed. */
    void disposed() {
        status = RecordSetStatus.DISPOSED;
    }

    public List<Object> takeEvents() {
        List<Object> out = List.copyOf(events);
        events.clear();
        return out;
    }

    public Long id() { return id; }
    @Override public Long agencyId() { return agencyId; }
    public int year() { return year; }
    public String contentKey() { return contentKey; }
    public String title() { return title; }
    public String category() { return category; }
    public Long planId() { return planId; }
    @Override public RecordSetStatus status() { return status; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public long version() { return version; }
}
