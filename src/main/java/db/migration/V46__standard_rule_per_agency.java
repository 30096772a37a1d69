package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 13, item 3: the standards of the organisational analysis become each agency's own, so that
 * one agency's Office can no longer deactivate or rewrite another's. The rows V10 seeded stay, with
 * no agency, as the national catalogue every new agency starts from (the installation's, read by
 * nobody's analysis); every existing agency gets its copy. The code is unique within an agency.
 *
 * <p>In Java because the unique constraint V10 declared inline has a name each database chose
 * itself; it is looked up in the information schema, which H2 and PostgreSQL both have.
 */
public class V46__standard_rule_per_agency extends BaseJavaMigration {

    /** The copy, as competency.CompetencySetup#nationalStandardsFor makes it for an agency created later. */
    private static final String COPY = "insert into standard_rule (agency_id, code, name, legal_basis, cond_category, "
            + "cond_grade_code, cond_leader, cond_title_rank, req_field, req_match, req_values, fix_category, "
            + "fix_level, fix_title, active, version) "
            + "select ?, n.code, n.name, n.legal_basis, n.cond_category, n.cond_grade_code, n.cond_leader, "
            + "n.cond_title_rank, n.req_field, n.req_match, n.req_values, n.fix_category, n.fix_level, n.fix_title, "
            + "n.active, 0 from standard_rule n where n.agency_id is null "
            + "and not exists (select 1 from standard_rule o where o.agency_id = ?)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("alter table standard_rule add column agency_id bigint references agency(id)");
            List<String> uniques = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select constraint_name from information_schema.table_constraints "
                    + "where lower(table_name) = 'standard_rule' and constraint_type = 'UNIQUE' "
                    + "and table_schema = current_schema()")) {
                while (rs.next()) {
                    uniques.add(rs.getString(1));
                }
            }
            for (String name : uniques) {
                st.execute("alter table standard_rule drop constraint \"" + name + "\"");
            }
            st.execute("alter table standard_rule add constraint uk_standard_rule_code unique (agency_id, code)");
            List<Long> agencies = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select id from agency order by id")) {
                while (rs.next()) {
                    agencies.add(rs.getLong(1));
                }
            }
            try (var copy = c.prepareStatement(COPY)) {
                for (Long id : agencies) {
                    copy.setLong(1, id);
                    copy.setLong(2, id);
                    copy.executeUpdate();
                }
            }
        }
    }
}
