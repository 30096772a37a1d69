package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.organization.StaffCategory;

/**
 * The results of a year as counted facts, for the official forms 1a and 1b (read by {@code reporting}):
 * the COMPLETED results of people in classes that ended in the year (not cancelled), grouped by the
 * database by the learner's agency and unit (the unit they were enrolled from), their kind (CB, CC,
 * VC, NLĐ; leader or not) and the class's category, level, abroad flag (its plan item's) and funding
 * source, with the spending recorded against those classes shared equally among the class's completed
 * learners. One query, aggregated in the database: a province's five years of results are never
 * loaded row by row. No role check: counts only, for callers that have checked who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ResultFacts {

    /**
     * So many completed results of one group of people in one kind of training, and their share of
     * the spending.
     *
     * @param staffCategory CB, CC, VC or NLĐ
     * @param category      training category code, {@code level} its level code or null
     * @param funding       CENTRAL, LOCAL or OTHER
     * @param spending      in đồng (the shares of each class's spending, summed, rounded to the đồng)
     */
    public record Fact(long agencyId, long unitId, String unitName, String staffCategory, boolean leader,
            String category, String level, boolean abroad, String funding, long people, long spending) {
    }

    /**
     * The query, with the agency's condition (or none) placed among the classes' conditions. Every
     * learner's share of its class's spending is the class's spending divided by its completed learners
     * (a window count per class: the results are read once). Grouped first, the unit's name joined to
     * the few groups afterwards; {@code ix_enrolment_class_outcome} (V75) gives a class's completed
     * learners from the index alone.
     */
    static final String SQL = """
            select x.agency_id, x.unit_id, u.name, x.staff_category, x.leader, x.category, x.level_code, x.abroad,
              x.funding_source, x.people, x.spending
            from (
              select r.agency_id, r.unit_id, r.staff_category, r.leader, r.category, r.level_code, r.abroad,
                r.funding_source, count(*) as people, sum(r.share) as spending
              from (
                select e.agency_id, e.unit_id, s.category as staff_category, s.leader, c.category, c.level_code,
                  coalesce(i.abroad, false) as abroad, c.funding_source,
                  cast(coalesce(sp.amount, 0) as decimal(24, 6)) / count(*) over (partition by e.class_id) as share
                from training_class c
                  join enrolment e on e.class_id = c.id and e.outcome = 'COMPLETED'
                  join staff s on s.id = e.staff_id
                  left join plan_item i on i.id = c.plan_item_id
                  left join (select class_id, sum(amount) as amount from class_spending group by class_id) sp
                    on sp.class_id = c.id
                where c.end_date >= ? and c.end_date < ? and c.status <> 'CANCELLED' %s
              ) r
              group by r.agency_id, r.unit_id, r.staff_category, r.leader, r.category, r.level_code, r.abroad,
                r.funding_source
            ) x join unit u on u.id = x.unit_id
            """;

    private final JdbcTemplate jdbc;

    ResultFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of one agency's year. */
    public List<Fact> ofAgency(long agencyId, int year) {
        return query(String.format(SQL, "and c.agency_id = ?"), year, agencyId);
    }

    /** The facts of every agency's year (the province). */
    public List<Fact> ofEveryAgency(int year) {
        return query(String.format(SQL, ""), year, null);
    }

    /** The agencies that have at least one completed result in a class that ended in the year. */
    public List<Long> agenciesWithResults(int year) {
        return jdbc.queryForList("select distinct c.agency_id from training_class c where c.end_date >= ? "
                + "and c.end_date < ? and c.status <> 'CANCELLED' and exists (select 1 from enrolment e "
                + "where e.class_id = c.id and e.outcome = 'COMPLETED')", Long.class,
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    private List<Fact> query(String sql, int year, Long agencyId) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year + 1, 1, 1))));
        if (agencyId != null) {
            args.add(agencyId);
        }
        return jdbc.query(sql, (rs, n) -> {
            BigDecimal money = rs.getBigDecimal(11);
            StaffCategory kind = StaffCategory.valueOf(rs.getString(4));
            return new Fact(rs.getLong(1), rs.getLong(2), rs.getString(3), kind.shortCode(), rs.getBoolean(5),
                    rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getLong(10),
                    money == null ? 0 : money.setScale(0, RoundingMode.HALF_UP).longValueExact());
        }, args.toArray());
    }
}
