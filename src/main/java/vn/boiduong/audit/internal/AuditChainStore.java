package vn.boiduong.audit.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.boiduong.audit.AuditChain;

/**
 * The chain's head row and the sequential read of the chain for its check (plain SQL: the head is
 * locked with {@code select … for update}, which JPA would hide).
 */
@Component
public class AuditChainStore {

    public record Head(long lastSeq, String lastHash) {
    }

    /** An entry as stored, for the check. */
    public record Stored(long id, Long seq, LocalDateTime at, String actor, String action, String type,
            String entityId, String detail, String prevHash, String entryHash) {
    }

    private final JdbcTemplate jdbc;

    AuditChainStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the head until the caller's transaction ends: appends are serialised, so each one
     * extends the entry the previous one wrote. The row is made on first use if a database somehow
     * lacks it (V51 writes it).
     */
    public Head lockHead() {
        List<Head> h = jdbc.query("select last_seq, last_hash from audit_chain_head where id = 1 for update",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        if (h.isEmpty()) {
            throw new IllegalStateException("audit_chain_head has no row: migration V51 did not run");
        }
        return h.get(0);
    }

    public void moveHead(long seq, String hash) {
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
    }

    public Head head() {
        return jdbc.queryForObject("select last_seq, last_hash from audit_chain_head where id = 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    public List<Stored> after(long seq, long upTo, int limit) {
        return jdbc.query("select id, chain_seq, at, actor, action, entity_type, entity_id, detail, prev_hash, "
                + "entry_hash from audit_entry where chain_seq > ? and chain_seq <= ? order by chain_seq limit ?",
                (rs, i) -> new Stored(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getObject(3, LocalDateTime.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)), seq, upTo, limit);
    }

    /** An entry that has left the chain (its place erased), the lowest id, or null. */
    public Long firstOutsideChain() {
        return jdbc.queryForObject("select min(id) from audit_entry where chain_seq is null", Long.class);
    }

    /** Hash of an entry as stored, for the check. */
    public static String rehash(Stored s) {
        return AuditChain.hash(s.seq(), s.at(), s.actor(), s.action(), s.type(), s.entityId(), s.detail(),
                s.prevHash());
    }
}
