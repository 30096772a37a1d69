package vn.boiduong.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffData;
import vn.boiduong.support.Api;
import vn.boiduong.support.External;
import vn.boiduong.support.HttpTest;

/**
 * Forms 1a and 1b (results of a year) over HTTP on a fresh agency: completed results of people of
 * every kind in classes of several kinds that ended in 2063, spending against them, and what must
 * not count (a result not completed, a class that ended in 2064, a cancelled class, another agency's
 * results). Every cell is compared with the same figure computed in plain SQL from the raw tables.
 *
 * <p>The classes are real ones (an approved plan of 2063 through the API), but 2063 is in the
 * future, when no class can be started or finished today: their end state (CLOSED, the learners'
 * results, the spending) is written as B5 leaves it, straight into delivery's tables.
 */
class ResultFormsIT extends HttpTest {

    static final int YEAR = 2063;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static DeliveryAgency a;
    private static DeliveryAgency other;

    /** The agency's year: its people of every kind, its classes, results and spending (made once). */
    private synchronized DeliveryAgency agency() {
        if (a != null) {
            return a;
        }
        DeliveryAgency x = DeliveryAgency.create(org, accounts, "RF");
        long cbLeaderA = person(x, x.unitA, "RF-CB1", StaffCategory.OFFICIAL, true);
        long ccA = person(x, x.unitA, "RF-CC1", StaffCategory.CIVIL_SERVANT, false);
        long ccLeaderA = person(x, x.unitA, "RF-CC2", StaffCategory.CIVIL_SERVANT, true);
        long vcA = person(x, x.unitA, "RF-VC1", StaffCategory.PUBLIC_EMPLOYEE, false);
        long ccB = person(x, x.unitB, "RF-CC3", StaffCategory.CIVIL_SERVANT, false);
        long vcLeaderB = person(x, x.unitB, "RF-VC2", StaffCategory.PUBLIC_EMPLOYEE, true);
        long nldB = x.peopleB.get(0);
        List<Long> classes = x.approvedPlan(api(), YEAR, List.of(
                item("Thạc sĩ Quản lý công", "DEGREE", "MASTER", "LOCAL", false, 3, 10),
                item("Bồi dưỡng ngạch chuyên viên chính", "STATE_MANAGEMENT", "PRINCIPAL", "CENTRAL", false, 5, 12),
                item("Chức danh nghề nghiệp hạng II", "PROFESSIONAL_TITLE", "RANK_II", "OTHER", false, 6, 3),
                item("Kỹ năng số ở nước ngoài", "DIGITAL", null, "LOCAL", true, 9, 15),
                item("Lớp kết thúc năm sau", "DIGITAL", null, "LOCAL", false, 12, 0),
                item("Lớp bị hủy", "FOREIGN_LANGUAGE", null, "LOCAL", false, 4, 8)));
        // 1: three completed (CB leader, CC, VC of A), one not completed (CC of B); 12,000,000 đ spent
        closed(x, classes.get(0), LocalDate.of(YEAR, 3, 20));
        done(x, classes.get(0), x.unitA, cbLeaderA, true);
        done(x, classes.get(0), x.unitA, ccA, true);
        done(x, classes.get(0), x.unitA, vcA, true);
        done(x, classes.get(0), x.unitB, ccB, false);
        spent(classes.get(0), 7_500_000L);
        spent(classes.get(0), 4_500_000L);
        // 2: CC leader of A, CC of B completed; 9,000,000 đ
        closed(x, classes.get(1), LocalDate.of(YEAR, 5, 30));
        done(x, classes.get(1), x.unitA, ccLeaderA, true);
        done(x, classes.get(1), x.unitB, ccB, true);
        spent(classes.get(1), 9_000_000L);
        // 3: VC leader of B, VC of A, NLĐ of B; 3,000,000 đ
        closed(x, classes.get(2), LocalDate.of(YEAR, 6, 28));
        done(x, classes.get(2), x.unitB, vcLeaderB, true);
        done(x, classes.get(2), x.unitA, vcA, true);
        done(x, classes.get(2), x.unitB, nldB, true);
        spent(classes.get(2), 3_000_000L);
        // 4 (abroad): CC of A, CC of B, CB leader of A, NLĐ of B; no spending recorded
        closed(x, classes.get(3), LocalDate.of(YEAR, 9, 25));
        for (long[] p : new long[][] {{x.unitA, ccA}, {x.unitB, ccB}, {x.unitA, cbLeaderA}, {x.unitB, nldB}}) {
            done(x, classes.get(3), p[0], p[1], true);
        }
        // 5: ends on 5 January of the next year: not in this year's forms
        jdbc.update("update training_class set start_date = ?, end_date = ?, status = 'CLOSED' where id = ?",
                Date.valueOf(LocalDate.of(YEAR, 12, 28)), Date.valueOf(LocalDate.of(YEAR + 1, 1, 5)), classes.get(4));
        done(x, classes.get(4), x.unitA, ccA, true);
        spent(classes.get(4), 5_000_000L);
        // 6: cancelled (its results do not count)
        jdbc.update("update training_class set status = 'CANCELLED' where id = ?", classes.get(5));
        done(x, classes.get(5), x.unitA, ccA, true);

        DeliveryAgency y = DeliveryAgency.create(org, accounts, "RFO");
        long ccY = person(y, y.unitA, "RFO-CC", StaffCategory.CIVIL_SERVANT, false);
        long otherClass = y.approvedPlan(api(), YEAR, List.of(item("Thạc sĩ của cơ quan khác", "DEGREE", "MASTER",
                "LOCAL", false, 3, 10))).get(0);
        closed(y, otherClass, LocalDate.of(YEAR, 3, 20));
        done(y, otherClass, y.unitA, ccY, true);
        spent(otherClass, 50_000_000L);
        other = y;
        a = x;
        return a;
    }

    static Map<String, Object> item(String title, String category, String level, String funding, boolean abroad,
            int month, int headcount) {
        return item(YEAR, title, category, level, funding, abroad, month, headcount);
    }

    static Map<String, Object> item(int year, String title, String category, String level, String funding,
            boolean abroad, int month, int headcount) {
        Map<String, Object> m = DeliveryAgency.hostedItem(title, year, month, Math.max(headcount, 1), 20_000_000L);
        m.put("category", category);
        if (level != null) {
            m.put("level", level);
        }
        m.put("fundingSource", funding);
        m.put("abroad", abroad);
        return m;
    }

    private long person(DeliveryAgency x, long unitId, String code, StaffCategory category, boolean leader) {
        return org.createStaff(x.agencyId, x.code + "-" + code, new StaffData(unitId, "Người " + code, category,
                Gender.MALE, LocalDate.of(1980, 1, 1), false, leader ? "Trưởng phòng" : "Chuyên viên", null, null, null,
                leader, null, null, null, null, null)).id();
    }

    private void closed(DeliveryAgency x, long classId, LocalDate end) {
        jdbc.update("update training_class set end_date = ?, status = 'CLOSED' where id = ?", Date.valueOf(end), classId);
    }

    private void done(DeliveryAgency x, long classId, long unitId, long staffId, boolean completed) {
        jdbc.update("insert into enrolment (class_id, agency_id, unit_id, staff_id, status, decided_by, decided_at, "
                + "outcome, score, result_by, result_at, version) values (?, ?, ?, ?, 'ENROLLED', ?, ?, ?, ?, ?, ?, 0)",
                classId, x.agencyId, unitId, staffId, x.chief, Timestamp.valueOf("2063-01-30 08:00:00"),
                completed ? "COMPLETED" : "NOT_COMPLETED", completed ? 8.0 : 3.0, x.chief,
                Timestamp.valueOf("2063-12-01 08:00:00"));
    }

    private void spent(long classId, long amount) {
        jdbc.update("insert into class_spending (class_id, line_code, amount, spent_on, voucher, created_by, created_at) "
                + "values (?, 'OTHER', ?, ?, ?, 'rf', ?)", classId, amount, Date.valueOf(LocalDate.of(YEAR, 6, 1)),
                "PC-" + classId + "-" + amount, Timestamp.valueOf("2063-06-01 08:00:00"));
    }

    @Test
    void everyCellOfForms1aAnd1bEqualsTheSameFigureComputedInPlainSql() {
        DeliveryAgency x = agency();
        int cells = 0;
        for (String form : List.of("1a", "1b")) {
            var r = api().as(x.chief).get("/api/v1/reports/" + form + "?year=" + YEAR, "application/json");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode view = r.json();
            JsonNode def = api().as(x.chief).get("/api/v1/forms/" + form + "/definition").json().get("definition");
            List<JsonNode> leaves = new ArrayList<>();
            def.get("columns").forEach(c -> leaves(c, leaves));
            List<String> people = new ArrayList<>();
            def.get("people").forEach(p -> people.add(p.asString()));
            List<JsonNode> rowRules = new ArrayList<>();
            def.get("rows").forEach(rowRules::add);

            // the blocks: a unit's row (numbered), its rows per rule; then the agency's
            Map<String, Long> units = Map.of("Phòng Nghiệp vụ A", x.unitA, "Phòng Nghiệp vụ B", x.unitB);
            Long unit = null;
            int rule = -1;
            boolean total = false;
            List<String> unitsSeen = new ArrayList<>();
            for (JsonNode row : view.get("rows")) {
                JsonNode c = row.get("cells");
                String label = c.get(1).asString();
                if (c.get(0).isNumber()) {
                    unit = units.get(label);
                    assertThat(unit).as(label).isNotNull();
                    unitsSeen.add(label);
                    rule = -1;
                } else if (label.equals("Tổng cộng")) {
                    total = true;
                    unit = null;
                    rule = -1;
                } else {
                    rule++;
                    assertThat(label).isEqualTo(rowRules.get(rule).get("label").asString());
                }
                String who = who(people, rule < 0 ? null : rowRules.get(rule));
                for (int k = 0; k < leaves.size(); k++) {
                    JsonNode leaf = leaves.get(k);
                    if (!leaf.has("measure")) {
                        continue;
                    }
                    BigDecimal expected = sql(x.agencyId, unit, who, leaf);
                    assertThat(new BigDecimal(c.get(k).asString())).as(form + " " + (total ? "Tổng cộng" : label)
                            + " / " + leaf.get("label").asString()).isEqualByComparingTo(expected);
                    cells++;
                }
            }
            assertThat(total).isTrue();
            if (form.equals("1a")) {
                assertThat(unitsSeen).containsExactly("Phòng Nghiệp vụ A", "Phòng Nghiệp vụ B");
            }
        }
        assertThat(cells).isGreaterThan(300);

        // and the figures are not all zero: the SQL and the form agree on what was done
        JsonNode a1 = api().as(x.director).get("/api/v1/reports/1a?year=" + YEAR, "application/json").json();
        JsonNode totalRow = null;
        for (JsonNode row : a1.get("rows")) {
            if (row.get("cells").get(1).asString().equals("Tổng cộng")) {
                totalRow = row.get("cells");
            }
        }
        assertThat(totalRow.get(2).asInt()).as("CB and CC completed results in 2063").isEqualTo(7);
        assertThat(a1.get("titleLines").toString()).contains("BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC NĂM 2063");
    }

    /** The SQL condition on the learner's kind (s: staff) for a row rule (null: the unit's row). */
    private static String who(List<String> formPeople, JsonNode rule) {
        List<String> people = formPeople;
        String leader = "";
        if (rule != null) {
            if (rule.has("people") && !rule.get("people").isEmpty()) {
                people = new ArrayList<>();
                for (JsonNode p : rule.get("people")) {
                    people.add(p.asString());
                }
            }
            if (rule.has("leader")) {
                leader = " and s.leader = " + rule.get("leader").asBoolean();
            }
        }
        List<String> names = people.stream().map(p -> "'" + StaffCategory.fromShortCode(p).name() + "'").toList();
        return "s.category in (" + String.join(", ", names) + ")" + leader;
    }

    private static void leaves(JsonNode c, List<JsonNode> out) {
        if (c.has("columns") && !c.get("columns").isEmpty()) {
            c.get("columns").forEach(k -> leaves(k, out));
        } else {
            out.add(c);
        }
    }

    /**
     * One cell in plain SQL, from the raw tables: completed results of the agency's classes that ended
     * in the year and were not cancelled, of the unit (null: every unit), of the row's people, passing
     * the column's filters; money: each class's spending over its completed learners, in millions.
     */
    private BigDecimal sql(long agencyId, Long unitId, String who, JsonNode leaf) {
        StringBuilder where = new StringBuilder("e.outcome = 'COMPLETED' and c.agency_id = " + agencyId
                + " and c.status <> 'CANCELLED' and c.end_date >= date '" + YEAR + "-01-01' and c.end_date <= date '"
                + YEAR + "-12-31' and " + who);
        if (unitId != null) {
            where.append(" and e.unit_id = ").append(unitId);
        }
        if (leaf.has("category")) {
            where.append(" and c.category = '").append(leaf.get("category").asString()).append("'");
        }
        if (leaf.has("level")) {
            where.append(" and c.level_code = '").append(leaf.get("level").asString()).append("'");
        }
        if (leaf.has("abroad")) {
            where.append(" and i.abroad = ").append(leaf.get("abroad").asBoolean());
        }
        if (leaf.has("funding")) {
            where.append(" and c.funding_source = '").append(leaf.get("funding").asString()).append("'");
        }
        String from = " from enrolment e join training_class c on c.id = e.class_id join staff s on s.id = e.staff_id"
                + " join plan_item i on i.id = c.plan_item_id where ";
        if (leaf.get("measure").asString().equals("HEADCOUNT")) {
            return BigDecimal.valueOf(jdbc.queryForObject("select count(*)" + from + where, Long.class));
        }
        BigDecimal money = jdbc.queryForObject("select coalesce(sum("
                + "cast((select coalesce(sum(sp.amount), 0) from class_spending sp where sp.class_id = c.id) as decimal(24, 6))"
                + " / (select count(*) from enrolment d where d.class_id = c.id and d.outcome = 'COMPLETED')), 0)"
                + from + where, BigDecimal.class);
        return money.movePointLeft(6).setScale(3, RoundingMode.HALF_UP);
    }

    @Test
    void libreOfficeOpensForms1aAnd1bAndTheirTotalsAreTheSumOfTheirUnits() throws Exception {
        Path office = External.requireLibreOffice();
        DeliveryAgency x = agency();
        Path dir = Files.createTempDirectory("forms1");
        for (String form : List.of("1a", "1b")) {
            var r = api().as(x.specialist).get("/api/v1/reports/" + form + "?year=" + YEAR, XLSX);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo(XLSX);
            Path file = dir.resolve("bieu-" + form + ".xlsx");
            Files.write(file, r.bytes());
            Path out = External.convert(office, file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false");
            List<List<String>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(out)) {
                rows.add(List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).stream()
                        .map(s -> s.replaceAll("^\"|\"$", "").replace("\"\"", "\"")).toList());
            }
            String all = rows.toString();
            assertThat(all).contains(form.equals("1a") ? "CÁN BỘ, CÔNG CHỨC NĂM 2063" : "VIÊN CHỨC NĂM 2063",
                    "Phòng Nghiệp vụ A", "Phòng Nghiệp vụ B", "Tổng cộng", "Trong đó: lãnh đạo, quản lý",
                    "Kinh phí (triệu đồng)", "Người lập biểu");
            List<List<String>> numbered = rows.stream().filter(row -> row.get(0).matches("\\d+")).toList();
            List<String> total = rows.stream().filter(row -> row.contains("Tổng cộng")).findFirst().orElseThrow();
            int nonZero = 0;
            for (int k = 2; k < total.size(); k++) {
                if (!total.get(k).matches("-?\\d+(\\.\\d+)?")) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (List<String> row : numbered) {
                    String v = k < row.size() ? row.get(k) : "";
                    sum = sum.add(v.isBlank() ? BigDecimal.ZERO : new BigDecimal(v));
                }
                assertThat(new BigDecimal(total.get(k))).as(form + " column " + k).isEqualByComparingTo(sum);
                nonZero += sum.signum() != 0 ? 1 : 0;
            }
            assertThat(nonZero).as(form + ": non-zero totals").isGreaterThan(2);
        }
    }

    @Test
    void onlyTheOfficeAndTheDirectorOfTheAgencyReadItsResultFormsAndNeverAnotherAgencysFigures() {
        DeliveryAgency x = agency();
        for (String user : List.of(x.headA, x.learner, x.admin)) {
            assertThat(api().as(user).get("/api/v1/reports/1a?year=" + YEAR, "application/json").status()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api().as("ccvc").get("/api/v1/reports/1a?year=" + YEAR, "application/json").status()).isEqualTo(403);
        // the other agency's Office sees its own one result only, not x's
        JsonNode theirs = api().as(other.chief).get("/api/v1/reports/1a?year=" + YEAR, "application/json").json();
        String text = theirs.get("rows").toString();
        assertThat(text).contains("Phòng Nghiệp vụ A").doesNotContain("Phòng Nghiệp vụ B");
        JsonNode last = null;
        for (JsonNode row : theirs.get("rows")) {
            if (row.get("cells").get(1).asString().equals("Tổng cộng")) {
                last = row.get("cells");
            }
        }
        assertThat(last.get(2).asInt()).isEqualTo(1);
        // bad input: 400 with the field; an unknown form: 404
        var bad = api().as(x.chief).get("/api/v1/reports/1a?year=1800", "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("year");
        assertThat(api().as(x.chief).get("/api/v1/reports/1c?year=" + YEAR, "application/json").status()).isEqualTo(404);
    }

    @Test
    void theReportsPageOffersForms1aAnd1bOfTheYear() {
        DeliveryAgency x = agency();
        String html = new Api(baseUrl()).signedIn(x.chief).get("/reports?year=" + YEAR, "text/html").body();
        assertThat(html).contains("Kết quả đào tạo, bồi dưỡng năm " + YEAR, "Biểu số 1a", "Biểu số 1b",
                "BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG VIÊN CHỨC NĂM " + YEAR, "/api/v1/reports/1a?year=" + YEAR,
                "Mẫu mặc định — có thể điều chỉnh").doesNotContain("id=\"reports-results-none\"");
        String empty = new Api(baseUrl()).signedIn(x.chief).get("/reports?year=" + (YEAR + 2), "text/html").body();
        assertThat(empty).contains("id=\"reports-results-none\"", "/api/v1/reports/1b?year=" + (YEAR + 2));
    }

    @Test
    void anAdministratorsEditOfForm1aShowsInTheNextDownload() {
        DeliveryAgency x = agency();
        JsonNode def = api().as("admin").get("/api/v1/forms/1a/definition").json().get("definition");
        String json = def.toString().replace("BÁO CÁO KẾT QUẢ ĐÀO TẠO", "BÁO CÁO KẾT QUẢ ĐÀO TẠO (SỬA)");
        var put = api().as("admin").putJson("/api/v1/forms/1a/definition", Api.JSON.readTree(json));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        try {
            JsonNode view = api().as(x.chief).get("/api/v1/reports/1a?year=" + YEAR, "application/json").json();
            assertThat(view.get("titleLines").toString()).contains("(SỬA)");
        } finally {
            assertThat(api().as("admin").delete("/api/v1/forms/1a/definition").status()).isEqualTo(200);
        }
        assertThat(new Api(baseUrl()).signedIn("admin").get("/admin/forms", "text/html").body())
                .contains("/admin/forms/1a", "/admin/forms/1b");
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
