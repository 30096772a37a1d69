package vn.boiduong.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.planning.UnitShare;

/**
 * B5's money in the demo ({@link DeliveryDemoStep}): the Office's training institutions, each class's
 * institution where its name matches, last year's allocation (each class's budget split over the units
 * whose needs it serves, else left unassigned), the announcement that issued it, and spending entries
 * for its classes that ran, within what was allocated. This year's plan is left to allocate on screen.
 * Written against the tables of V62, after the demo classes exist; runs once (an announced plan is skipped).
 */
@Component
class BudgetDemoData implements DeliveryDemoStep {

    private static final String[][] INSTITUTIONS = {
            {"Trường Chính trị tỉnh", "Đường Hoàng Văn Thụ, thành phố Bắc Giang", "Phòng Quản lý đào tạo",
                    "daotao@truongchinhtri.demo.vn"},
            {"Học viện Hành chính Quốc gia", "77 Nguyễn Chí Thanh, Đống Đa, Hà Nội", "Ban Quản lý đào tạo",
                    "bdcb@napa.demo.vn"},
            {"Trung tâm Tin học tỉnh", "Số 2 Nguyễn Văn Cừ, thành phố Bắc Giang", "Bộ phận đào tạo",
                    "tinhoc@demo.vn"}};

    /** The cost lines the demo spends on, and the share of the class's allocation each takes. */
    private static final Object[][] SPENDING = {{"LECTURER_FEES", 40}, {"MATERIALS", 12}, {"HALL", 10},
            {"STATIONERY", 4}, {"DRINKS", 4}};

    private final JdbcTemplate jdbc;

    BudgetDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void seed(long agencyId, int lastYear, int thisYear) {
        Map<String, Long> institutions = institutions(agencyId);
        for (Map<String, Object> c : jdbc.queryForList("select c.id, c.institution from training_class c"
                + " where c.agency_id = ? and c.plan_year in (?, ?) and c.institution is not null"
                + " and not exists (select 1 from class_institution ci where ci.class_id = c.id)",
                agencyId, lastYear, thisYear)) {
            Long inst = institutions.get(String.valueOf(c.get("institution")).strip());
            if (inst != null) {
                jdbc.update("insert into class_institution (class_id, institution_id) values (?, ?)", c.get("id"), inst);
            }
        }
        List<Map<String, Object>> plans = jdbc.queryForList("select id, decision_date from training_plan"
                + " where agency_id = ? and plan_year = ? and status = 'APPROVED'", agencyId, lastYear);
        if (plans.isEmpty()) {
            return;
        }
        long planId = ((Number) plans.get(0).get("id")).longValue();
        if (jdbc.queryForObject("select count(*) from plan_announcement where plan_id = ?", Long.class, planId) > 0) {
            return;
        }
        LocalDate decided = toDate(plans.get(0).get("decision_date"), LocalDate.of(lastYear, 1, 20));
        Map<Long, Long> allocated = allocate(planId);
        String code = jdbc.queryForObject("select code from agency where id = ?", String.class, agencyId);
        LocalDate issuedOn = decided.plusDays(7);
        jdbc.update("insert into plan_announcement (plan_id, agency_id, number_text, number_seq, number_year, issued_on,"
                + " issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?)", planId, agencyId, "05/TB-" + code, 5,
                issuedOn.getYear(), issuedOn, "chanhvp", issuedOn.atTime(9, 0));
        spend(planId, allocated);
    }

    private Map<String, Long> institutions(long agencyId) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String[] i : INSTITUTIONS) {
            List<Long> found = jdbc.queryForList("select id from training_institution where agency_id = ? and name = ?",
                    Long.class, agencyId, i[0]);
            if (found.isEmpty()) {
                jdbc.update("insert into training_institution (agency_id, name, address, contact, email) values (?, ?, ?, ?, ?)",
                        agencyId, i[0], i[1], i[2], i[3]);
                found = jdbc.queryForList("select id from training_institution where agency_id = ? and name = ?",
                        Long.class, agencyId, i[0]);
            }
            out.put(i[0], found.get(0));
        }
        return out;
    }

    /** Each class's budget over the units of the needs it serves, by their headcounts (planning's rule). */
    private Map<Long, Long> allocate(long planId) {
        Map<Long, Long> perClass = new LinkedHashMap<>();
        jdbc.update("delete from class_allocation where plan_id = ?", planId);
        for (Map<String, Object> c : jdbc.queryForList("select id, budget_total from training_class where plan_id = ?"
                + " and status <> 'CANCELLED' order by id", planId)) {
            long classId = ((Number) c.get("id")).longValue();
            long budget = ((Number) c.get("budget_total")).longValue();
            List<Map<String, Object>> units = jdbc.queryForList("select n.unit_id, sum(n.headcount) as heads"
                    + " from training_class_need cn join training_need n on n.id = cn.need_id where cn.class_id = ?"
                    + " group by n.unit_id order by n.unit_id", classId);
            long sum = units.stream().mapToLong(u -> ((Number) u.get("heads")).longValue()).sum();
            if (units.isEmpty() || sum == 0) {
                insert(planId, classId, null, budget);
            } else {
                long[] parts = UnitShare.apportion(budget, units.stream().mapToLong(u -> ((Number) u.get("heads")).longValue())
                        .toArray(), sum);
                for (int k = 0; k < parts.length; k++) {
                    insert(planId, classId, ((Number) units.get(k).get("unit_id")).longValue(), parts[k]);
                }
            }
            perClass.put(classId, budget);
        }
        return perClass;
    }

    private void insert(long planId, long classId, Long unitId, long amount) {
        jdbc.update("insert into class_allocation (plan_id, class_id, unit_key, unit_id, amount) values (?, ?, ?, ?, ?)",
                planId, classId, unitId == null ? "none" : String.valueOf(unitId), unitId, amount);
    }

    /** Entries for the classes that ran (not planned, open or cancelled), dated on their last day. */
    private void spend(long planId, Map<Long, Long> allocated) {
        List<Map<String, Object>> ran = jdbc.queryForList("select id, end_date, kind from training_class where plan_id = ?"
                + " and status in ('IN_PROGRESS', 'FINISHED', 'CLOSED') order by id", planId);
        int voucher = 1;
        LocalDate today = LocalDate.now();
        for (Map<String, Object> c : ran) {
            long classId = ((Number) c.get("id")).longValue();
            long budget = allocated.getOrDefault(classId, 0L);
            LocalDate day = toDate(c.get("end_date"), today);
            if (day.isAfter(today)) {
                day = today;
            }
            List<Object[]> lines = new ArrayList<>();
            if ("EXTERNAL".equals(c.get("kind"))) {
                lines.add(new Object[] {"TUITION", 85});
            } else {
                for (Object[] l : SPENDING) {
                    lines.add(l);
                }
            }
            for (Object[] l : lines) {
                long amount = budget * (Integer) l[1] / 100 / 1000 * 1000;
                if (amount <= 0) {
                    continue;
                }
                jdbc.update("insert into class_spending (class_id, line_code, unit_key, amount, spent_on, voucher, note,"
                        + " created_by, created_at) values (?, ?, null, ?, ?, ?, ?, ?, ?)", classId, l[0], amount, day,
                        String.format("PC-%03d", voucher++), "Thanh toán theo chứng từ", "chuyenvien",
                        LocalDateTime.of(day, java.time.LocalTime.of(15, 0)));
            }
        }
    }

    private static LocalDate toDate(Object value, LocalDate orElse) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return orElse;
    }
}
