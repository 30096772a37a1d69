package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trigram index for the staff search ({@code search_text like '%q%'}), on PostgreSQL only: one
 * SQL file cannot branch per database, and H2 has no pg_trgm. Without it a search reads every
 * staff row of the agency and counts them again for the page total (about 15 ms for 10,000 staff,
 * which 32 concurrent users turn into queueing); with it only the rows holding the trigrams.
 *
 * <p>The extension goes to schema public, so that it outlives a clean of an application schema
 * (the tests wipe theirs), and the operator class is named with the schema it is really in. A
 * database user that may not create the extension gets a warning and an unindexed, slower search:
 * the application works the same.
 */
public class V4__trigram_index_on_postgres extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V4__trigram_index_on_postgres.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement st = c.createStatement()) {
            Savepoint before = c.setSavepoint();
            try {
                st.execute("create extension if not exists pg_trgm with schema public");
                c.releaseSavepoint(before);
            } catch (SQLException e) {
                c.rollback(before);
                log.warn("pg_trgm not available ({}); the staff search works without its index, more slowly",
                        e.getMessage());
            }
            String schema = null;
            try (ResultSet rs = st.executeQuery("select n.nspname from pg_extension e join pg_namespace n "
                    + "on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
                if (rs.next()) {
                    schema = rs.getString(1);
                }
            }
            if (schema != null) {
                st.execute("create index ix_staff_search_trgm on staff using gin (search_text \""
                        + schema.replace("\"", "\"\"") + "\".gin_trgm_ops)");
            }
        }
    }
}
