package vn.boiduong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded database's check constraints still work after the connection that migrated it is
 * closed, as Hikari closes every connection after 30 minutes: H2 2.4 kept that connection's session in
 * a {@code col in (…)} check, and from then on every insert into record_set (and fixity_run,
 * fixity_finding, record_disposal, competency) failed with "Check constraint invalid" until a restart
 * (V81). Flyway's own connection is closed when it is done; the inserts come through another one.
 */
class H2ChecksAfterMigrationTest {

    private static final String URL = "jdbc:h2:mem:checks-after-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void checksHoldThroughAnotherConnectionOnceTheMigratingOneIsClosed() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement st = c.createStatement()) {
            st.execute("insert into agency (code, name, parent_name, place_name) values ('CHK', 'Sở Thử', 'UBND', 'Bắc Giang')");
            st.execute("insert into record_set (agency_id, year_no, content_key, title, status, created_at, created_by)"
                    + " select id, 2026, 'k', 'Hồ sơ', 'OPEN', current_timestamp, 'x' from agency where code = 'CHK'");
            st.execute("insert into fixity_run (started_at, status, share_index, share_count)"
                    + " values (current_timestamp, 'RUNNING', 0, 7)");
            st.execute("insert into competency (agency_id, code, name, competency_group, level1, level2, level3, level4, level5)"
                    + " select id, 'C1', 'Năng lực', 'KNOWLEDGE', '1', '2', '3', '4', '5' from agency where code = 'CHK'");
            assertThat(count(st, "record_set")).isEqualTo(1);
            // and a value outside the list is still refused
            assertThatThrownBy(() -> st.execute("insert into record_set (agency_id, year_no, content_key, title, status,"
                    + " created_at, created_by) select id, 2026, 'k2', 'Hồ sơ', 'LOST', current_timestamp, 'x' from agency"
                    + " where code = 'CHK'")).isInstanceOf(SQLException.class).hasMessageContaining("ck_record_set_status")
                    .hasMessageNotContaining("invalid");
            st.execute("shutdown");
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (var rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
