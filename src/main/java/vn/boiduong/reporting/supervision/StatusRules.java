package vn.boiduong.reporting.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The status rules of the supervision as data (table {@code supervision_status_rule}, migration V69). */
@Repository
class StatusRules {

    private final JdbcClient jdbc;

    StatusRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusRule> all() {
        return jdbc.sql("select effective_from, late_after_days, at_risk_days_before, at_risk_enrolment_percent, source"
                + " from supervision_status_rule order by effective_from").query((rs, n) -> new StatusRule(
                        rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    /** The rule in force on the day; the migration's default (14 days, 7 days, 50 %) if the table were emptied. */
    StatusRule inForce(LocalDate day) {
        return StatusRule.inForce(all(), day).orElse(new StatusRule(LocalDate.of(2000, 1, 1), 14, 7, 50, "Mặc định"));
    }
}
