package vn.boiduong.delivery.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of B5's budget (migration V62): institutions, allocations, the announcement, adjustments,
 * spending, lecturer fee norms and the cử đi học decision. Plain SQL: they are small tables read
 * whole per plan or per class, and the rules live in {@code BudgetRules} and {@code BudgetService}.
 */
@Repository
public class BudgetStore {

    private final JdbcClient jdbc;

    BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- institutions ----

    public record Institution(Long id, Long agencyId, String name, String address, String contact, String email) {
    }

    public List<Institution> institutions(Long agencyId) {
        return jdbc.sql("select id, agency_id, name, address, contact, email from training_institution"
                + " where agency_id = ? order by name, id").param(agencyId).query(Institution.class).list();
    }

    public Optional<Institution> institution(Long id) {
        return jdbc.sql("select id, agency_id, name, address, contact, email from training_institution where id = ?")
                .param(id).query(Institution.class).optional();
    }

    public boolean institutionNameTaken(Long agencyId, String name, Long exceptId) {
        return jdbc.sql("select count(*) from training_institution where agency_id = ? and lower(name) = lower(?)"
                + " and id <> ?").params(agencyId, name, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    public Long insertInstitution(Long agencyId, String name, String address, String contact, String email) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into training_institution (agency_id, name, address, contact, email) values (?, ?, ?, ?, ?)")
                .params(agencyId, name, address, contact, email).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateInstitution(Long id, String name, String address, String contact, String email) {
        jdbc.sql("update training_institution set name = ?, address = ?, contact = ?, email = ? where id = ?")
                .params(name, address, contact, email, id).update();
    }

    /** The institution chosen for each of these classes. */
    public List<Object[]> classInstitutions(Collection<Long> classIds) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select ci.class_id, i.id, i.name, i.email from class_institution ci"
                + " join training_institution i on i.id = ci.institution_id where ci.class_id in (:ids)")
                .param("ids", classIds)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}).list();
    }

    public void chooseInstitution(Long classId, Long institutionId) {
        jdbc.sql("delete from class_institution where class_id = ?").param(classId).update();
        if (institutionId != null) {
            jdbc.sql("insert into class_institution (class_id, institution_id) values (?, ?)")
                    .params(classId, institutionId).update();
        }
    }

    // ---- allocation ----

    public record Allocation(Long classId, String unitKey, Long unitId, long amount) {
    }

    public List<Allocation> allocations(Long planId) {
        return jdbc.sql("select class_id, unit_key, unit_id, amount from class_allocation where plan_id = ?"
                + " order by class_id, id").param(planId).query(Allocation.class).list();
    }

    public List<Allocation> allocationsOfClass(Long classId) {
        return jdbc.sql("select class_id, unit_key, unit_id, amount from class_allocation where class_id = ?"
                + " order by id").param(classId).query(Allocation.class).list();
    }

    public void replaceAllocations(Long planId, List<Allocation> rows) {
        jdbc.sql("delete from class_allocation where plan_id = ?").param(planId).update();
        for (Allocation a : rows) {
            jdbc.sql("insert into class_allocation (plan_id, class_id, unit_key, unit_id, amount) values (?, ?, ?, ?, ?)")
                    .params(planId, a.classId(), a.unitKey(), a.unitId(), a.amount()).update();
        }
    }

    public record Adjustment(Long classId, String unitName, long amountBefore, long amountAfter, String reason,
            String madeBy, LocalDateTime madeAt) {
    }

    public void insertAdjustment(Long planId, Long classId, String unitKey, String unitName, long before, long after,
            String reason, String madeBy, LocalDateTime at) {
        jdbc.sql("insert into allocation_adjustment (plan_id, class_id, unit_key, unit_name, amount_before, amount_after,"
                + " reason, made_by, made_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, classId, unitKey, unitName, before, after, reason, madeBy, at).update();
    }

    public List<Adjustment> adjustments(Long planId) {
        return jdbc.sql("select class_id, unit_name, amount_before, amount_after, reason, made_by, made_at"
                + " from allocation_adjustment where plan_id = ? order by made_at desc, id desc").param(planId)
                .query(Adjustment.class).list();
    }

    // ---- announcement ----

    public record Announcement(Long planId, Long agencyId, String numberText, int numberSeq, int numberYear,
            LocalDate issuedOn, String issuedBy, LocalDateTime issuedAt) {
    }

    public Optional<Announcement> announcement(Long planId) {
        return jdbc.sql("select plan_id, agency_id, number_text, number_seq, number_year, issued_on, issued_by, issued_at"
                + " from plan_announcement where plan_id = ?").param(planId).query(Announcement.class).optional();
    }

    public boolean announcementNumberTaken(Long agencyId, int year, int seq) {
        return jdbc.sql("select count(*) from plan_announcement where agency_id = ? and number_year = ? and number_seq = ?")
                .params(agencyId, year, seq).query(Long.class).single() > 0;
    }

    public void insertAnnouncement(Announcement a) {
        jdbc.sql("insert into plan_announcement (plan_id, agency_id, number_text, number_seq, number_year, issued_on,"
                + " issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.planId(), a.agencyId(), a.numberText(), a.numberSeq(), a.numberYear(), a.issuedOn(),
                        a.issuedBy(), a.issuedAt()).update();
    }

    // ---- spending ----

    public record SpendingLine(String code, String label) {
    }

    public List<SpendingLine> spendingLines() {
        return jdbc.sql("select code, label from spending_line order by seq, code").query(SpendingLine.class).list();
    }

    public record Spending(Long id, Long classId, String lineCode, String unitKey, long amount, LocalDate spentOn,
            String voucher, String note, String createdBy, LocalDateTime createdAt) {
    }

    public List<Spending> spending(Long classId) {
        return jdbc.sql("select id, class_id, line_code, unit_key, amount, spent_on, voucher, note, created_by, created_at"
                + " from class_spending where class_id = ? order by spent_on, id").param(classId)
                .query(Spending.class).list();
    }

    /** What each class of the plan spent, per unit key ("" for entries not charged to a unit). */
    public List<Object[]> spentByPlan(Long planId) {
        return jdbc.sql("select s.class_id, coalesce(s.unit_key, ''), sum(s.amount) from class_spending s"
                + " join training_class c on c.id = s.class_id where c.plan_id = ? group by s.class_id, coalesce(s.unit_key, '')")
                .param(planId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list();
    }

    public Long insertSpending(Long classId, String lineCode, String unitKey, long amount, LocalDate spentOn,
            String voucher, String note, String createdBy, LocalDateTime at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into class_spending (class_id, line_code, unit_key, amount, spent_on, voucher, note, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(classId, lineCode, unitKey, amount, spentOn, voucher, note, createdBy, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    // ---- lecturer fee norms ----

    public record FeeNorm(String rankCode, LocalDate effectiveFrom, long amount, String source) {
    }

    public List<FeeNorm> feeNorms() {
        return jdbc.sql("select rank_code, effective_from, amount, source from lecturer_fee_norm"
                + " order by rank_code, effective_from").query(FeeNorm.class).list();
    }

    // ---- the cử đi học decision ----

    public record SendDecision(Long classId, Long agencyId, String numberText, int numberSeq, int numberYear,
            LocalDate decidedOn, String recordedBy, LocalDateTime recordedAt) {
    }

    public Optional<SendDecision> sendDecision(Long classId) {
        return jdbc.sql("select class_id, agency_id, number_text, number_seq, number_year, decided_on, recorded_by,"
                + " recorded_at from class_send_decision where class_id = ?").param(classId)
                .query(SendDecision.class).optional();
    }

    public boolean sendDecisionNumberTaken(Long agencyId, int year, int seq, Long exceptClassId) {
        return jdbc.sql("select count(*) from class_send_decision where agency_id = ? and number_year = ?"
                + " and number_seq = ? and class_id <> ?").params(agencyId, year, seq, exceptClassId)
                .query(Long.class).single() > 0;
    }

    public void saveSendDecision(SendDecision d) {
        jdbc.sql("delete from class_send_decision where class_id = ?").param(d.classId()).update();
        jdbc.sql("insert into class_send_decision (class_id, agency_id, number_text, number_seq, number_year, decided_on,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.classId(), d.agencyId(), d.numberText(), d.numberSeq(), d.numberYear(), d.decidedOn(),
                        d.recordedBy(), d.recordedAt()).update();
    }
}
