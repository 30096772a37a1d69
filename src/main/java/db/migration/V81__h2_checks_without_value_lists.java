package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On the embedded H2 (2.4.240) a check constraint of the form {@code col in ('A', 'B')} keeps the
 * session that created it to compare values with: once that connection is closed (Hikari retires every
 * connection after 30 minutes, Flyway's included) each insert into the table fails with "Check
 * constraint invalid … The database has been closed", until the database is opened again. On a fresh
 * embedded database that was every new record set, fixity run, disposal and competency from half an
 * hour after the first start (CI found it in the record sets). The same rule written as a regular
 * expression is evaluated with the inserting session. PostgreSQL keeps its lists.
 */
public class V81__h2_checks_without_value_lists extends BaseJavaMigration {

    private static final String[][] CHECKS = {
        {"competency", "ck_competency_group", "competency_group", "KNOWLEDGE|SKILLS_ETHICS"},
        {"record_set", "ck_record_set_status", "status", "OPEN|CLOSED|DISPOSED"},
        {"fixity_run", "ck_fixity_status", "status", "RUNNING|PASSED|DIFFERENCES|FAILED"},
        {"fixity_finding", "ck_fixity_kind", "kind", "CHANGED|MISSING|UNKNOWN"},
        {"record_disposal", "ck_disposal_status", "status", "PROPOSED|APPRAISED|APPROVED|REJECTED"},
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
            return;
        }
        try (Statement st = c.createStatement()) {
            for (String[] k : CHECKS) {
                st.execute("alter table " + k[0] + " drop constraint " + k[1]);
                st.execute("alter table " + k[0] + " add constraint " + k[1] + " check (" + k[2] + " regexp '^("
                        + k[3] + ")$')");
            }
        }
    }
}
