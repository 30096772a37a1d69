package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.boiduong.audit.AuditChain;

/**
 * Seals the audit entries written before the hash chain (V50) in the order they were written, on
 * every database, and writes the chain's head. Then, on PostgreSQL only (one SQL file cannot branch
 * per database, and H2 has no PL/pgSQL), a trigger makes {@code audit_entry} refuse UPDATE, DELETE
 * and TRUNCATE: the trail is append-only below the application too. Someone with the rights to
 * disable the trigger can still edit a row; the chain's check then reports it.
 */
public class V51__seal_audit_chain_and_append_only_on_postgres extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long seq = 0;
        String prev = AuditChain.GENESIS;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, at, actor, action, entity_type, entity_id, detail "
                        + "from audit_entry order by id");
                PreparedStatement seal = c.prepareStatement(
                        "update audit_entry set at = ?, chain_seq = ?, prev_hash = ?, entry_hash = ? where id = ?")) {
            int pending = 0;
            while (rs.next()) {
                seq++;
                LocalDateTime at = AuditChain.stored(rs.getObject(2, LocalDateTime.class));
                String hash = AuditChain.hash(seq, at, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), prev);
                seal.setObject(1, at);
                seal.setLong(2, seq);
                seal.setString(3, prev);
                seal.setString(4, hash);
                seal.setLong(5, rs.getLong(1));
                seal.addBatch();
                if (++pending == 1000) {
                    seal.executeBatch();
                    pending = 0;
                }
                prev = hash;
            }
            if (pending > 0) {
                seal.executeBatch();
            }
        }
        try (PreparedStatement head = c.prepareStatement(
                "insert into audit_chain_head (id, last_seq, last_hash) values (1, ?, ?)")) {
            head.setLong(1, seq);
            head.setString(2, prev);
            head.executeUpdate();
        }
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("""
                    create function audit_entry_append_only() returns trigger language plpgsql as $$
                    begin
                      raise exception 'audit_entry is append-only: % refused', tg_op
                        using errcode = 'insufficient_privilege';
                    end $$""");
            st.execute("create trigger audit_entry_append_only before update or delete on audit_entry "
                    + "for each row execute function audit_entry_append_only()");
            st.execute("create trigger audit_entry_no_truncate before truncate on audit_entry "
                    + "for each statement execute function audit_entry_append_only()");
        }
    }
}
