package vn.boiduong.delivery.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.boiduong.delivery.CertificateNumberFormat;
import vn.boiduong.delivery.Classification;
import vn.boiduong.delivery.CompletionRule;

/**
 * The rules of results kept as data, each row in force from its {@code effective_from}: the rule in
 * force on a day is the row with the latest date not after it (tables of V65).
 */
@Component
public class RuleTables {

    private final JdbcTemplate jdbc;

    RuleTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public CompletionRule completionRule(LocalDate on) {
        List<BigDecimal> rows = jdbc.queryForList("select min_attended_share from completion_rule "
                + "where effective_from <= ? order by effective_from desc limit 1", BigDecimal.class, on);
        return new CompletionRule(rows.isEmpty() ? new BigDecimal("0.80") : rows.get(0));
    }

    public Classification classification(LocalDate on) {
        List<Classification.Band> bands = jdbc.query("select min_score, label, passing from result_classification "
                + "where effective_from = (select max(effective_from) from result_classification where effective_from <= ?)",
                (rs, i) -> new Classification.Band(rs.getBigDecimal(1), rs.getString(2), rs.getBoolean(3)), on);
        return new Classification(bands);
    }

    public CertificateNumberFormat certificateFormat(LocalDate on) {
        List<CertificateNumberFormat> rows = jdbc.query("select pattern, valid_months from certificate_format "
                + "where effective_from <= ? order by effective_from desc limit 1",
                (rs, i) -> new CertificateNumberFormat(rs.getString(1), (Integer) rs.getObject(2)), on);
        return rows.isEmpty() ? new CertificateNumberFormat("{seq}/{year}/GCN-{agency}", null) : rows.get(0);
    }
}
