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
    /** Its place in the trail's hash chain ({@link AuditChain}), the hash of the entry before and its own. */
    private Long chainSeq;
    private String prevHash;
    private String entryHash;
    /**
     * The agency whose trail this is; {@code null}: the installation's (see AuditTrail). Not in the
     * hash: the chain was sealed before the column was filled for old rows.
     */
    private Long agencyId;

    protected AuditEntry() {
    }

    /** Sealed at once: the hash covers the fields as stored (time to the microsecond, detail clipped). */
    AuditEntry(LocalDateTime at, String actor, String action, String type, String entityId, String detail,
            Long agencyId, long chainSeq, String prevHash) {
        this.agencyId = agencyId;
        this.at = AuditChain.stored(at);
        this.actor = actor;
        this.action = action;
        this.type = type;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
        this.chainSeq = chainSeq;
        this.prevHash = prevHash;
        this.entryHash = AuditChain.hash(chainSeq, this.at, actor, action, type, entityId, this.detail, prevHash);
    }

    public Long getId() { return id; }
    public LocalDateTime getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getType() { return type; }
    public String getEntityId() { return entityId; }
    public String getDetail() { return detail; }
    public Long getChainSeq() { return chainSeq; }
    public String getPrevHash() { return prevHash; }
    public String getEntryHash() { return entryHash; }
    public Long getAgencyId() { return agencyId; }
}
