package vn.boiduong.delivery.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.delivery.PlanFigures;
import vn.boiduong.planning.ItemKind;

/**
 * The figures of a plan's classes for B6's supervision ({@link PlanFigures}), read with aggregate
 * queries: classes, their session dates, enrolments, allocations and spending, each grouped by class
 * (and unit) in the database, never one query per class.
 */
@Repository
public class PlanFiguresQuery {

    private final JdbcClient jdbc;

    PlanFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PlanFigures of(Long planId) {
        Map<Long, LocalDate[]> sessions = new HashMap<>();
        jdbc.sql("select s.class_id, min(s.session_date), max(s.session_date) from class_session s"
                + " join training_class c on c.id = s.class_id where c.plan_id = ? group by s.class_id")
                .param(planId).query((rs, n) -> sessions.put(rs.getLong(1),
                        new LocalDate[] {date(rs.getDate(2)), date(rs.getDate(3))})).list();
        List<PlanFigures.ClassLine> classes = jdbc.sql("select id, plan_item_id, title, category, kind, headcount,"
                + " start_date, end_date, budget_total, status from training_class where plan_id = ? order by id")
                .param(planId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    LocalDate[] s = sessions.getOrDefault(id, new LocalDate[2]);
                    return new PlanFigures.ClassLine(id, rs.getLong(2), rs.getString(3),
                            TrainingCategory.valueOf(rs.getString(4)), ItemKind.valueOf(rs.getString(5)), rs.getInt(6),
                            date(rs.getDate(7)), date(rs.getDate(8)), rs.getLong(9),
                            ClassStatus.valueOf(rs.getString(10)), s[0], s[1]);
                }).list();
        List<PlanFigures.UnitLearners> learners = jdbc.sql("select e.class_id, e.unit_id,"
                + " sum(case when e.status = 'ENROLLED' then 1 else 0 end),"
                + " sum(case when e.status = 'ENROLLED' and e.outcome = 'COMPLETED' then 1 else 0 end)"
                + " from enrolment e join training_class c on c.id = e.class_id where c.plan_id = ?"
                + " group by e.class_id, e.unit_id").param(planId)
                .query((rs, n) -> new PlanFigures.UnitLearners(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4))).list();
        // allocation and spending by class and unit key ('none' and an unset key: not tied to a unit)
        Map<String, long[]> money = new HashMap<>();
        Map<String, Long[]> keys = new HashMap<>();
        jdbc.sql("select class_id, unit_id, sum(amount) from class_allocation where plan_id = ?"
                + " group by class_id, unit_id").param(planId).query((rs, n) -> {
                    Long unit = (Long) rs.getObject(2, Long.class);
                    String k = rs.getLong(1) + "/" + unit;
                    keys.putIfAbsent(k, new Long[] {rs.getLong(1), unit});
                    money.computeIfAbsent(k, x -> new long[2])[0] += rs.getLong(3);
                    return k;
                }).list();
        jdbc.sql("select s.class_id, s.unit_key, sum(s.amount) from class_spending s"
                + " join training_class c on c.id = s.class_id where c.plan_id = ? group by s.class_id, s.unit_key")
                .param(planId).query((rs, n) -> {
                    String key = rs.getString(2);
                    Long unit = key == null || key.isEmpty() || "none".equals(key) ? null : Long.valueOf(key);
                    String k = rs.getLong(1) + "/" + unit;
                    keys.putIfAbsent(k, new Long[] {rs.getLong(1), unit});
                    money.computeIfAbsent(k, x -> new long[2])[1] += rs.getLong(3);
                    return k;
                }).list();
        List<PlanFigures.UnitMoney> moneyLines = new ArrayList<>();
        money.forEach((k, v) -> moneyLines.add(new PlanFigures.UnitMoney(keys.get(k)[0], keys.get(k)[1], v[0], v[1])));
        List<PlanFigures.ClassNeed> needs = jdbc.sql("select n.class_id, n.need_id from training_class_need n"
                + " join training_class c on c.id = n.class_id where c.plan_id = ?").param(planId)
                .query((rs, n) -> new PlanFigures.ClassNeed(rs.getLong(1), rs.getLong(2))).list();
        return new PlanFigures(classes, learners, moneyLines, needs);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
