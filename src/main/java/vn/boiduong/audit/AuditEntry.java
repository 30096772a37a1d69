package vn.boiduong.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** One line of the trail. Immutable: the application has no way to change or delete it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDateTime at;
    private String actor;
    private String action;
    @Column(name = "entity_type")
    private String type;
    @Column(name = "entity_id")
    private String entityId;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime at, String actor, String action, String type, String entityId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.type = type;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }

    public Long getId() { return id; }
    public LocalDateTime getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getType() { return type; }
    public String getEntityId() { return entityId; }
    public String getDetail() { return detail; }
}
