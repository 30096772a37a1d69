package vn.boiduong.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The province roll-up (B6 item 6) as the province officer {@code ccvc} reads it: a block per agency
 * and the province's totals in each form, which agencies have not approved their plan or have no
 * results, one agency's own form; and that nobody else reads any of it. Two fresh agencies in 2064:
 * one with an approved plan and completed results, one with a draft plan and nothing done.
 */
class ProvinceReportsIT extends HttpTest {

    static final int YEAR = 2064;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.boiduong.identity.UserService users;

    private static DeliveryAgency done;
    private static DeliveryAgency late;

    private synchronized void ready() {
        if (done != null) {
            return;
        }
        DeliveryAgency x = DeliveryAgency.create(org, accounts, "PRV");
        long cc = org.createStaff(x.agencyId, x.code + "-CC", new StaffData(x.unitA, "Lương Văn Công", StaffCategory.CIVIL_SERVANT,
                Gender.MALE, LocalDate.of(1980, 1, 1), false, "Chuyên viên", null, null, null, true, null, null, null,
                null, null)).id();
        long vc = org.createStaff(x.agencyId, x.code + "-VC", new StaffData(x.unitB, "Mai Thị Viên", StaffCategory.PUBLIC_EMPLOYEE,
                Gender.FEMALE, LocalDate.of(1982, 1, 1), false, "Viên chức", null, null, null, false, null, null, null,
                null, null)).id();
        List<Long> classes = x.approvedPlan(api(), YEAR, List.of(
                ResultFormsIT.item(YEAR, "Quản lý nhà nước ngạch chuyên viên " + x.code, "STATE_MANAGEMENT", "SPECIALIST",
                        "LOCAL", false, 4, 5),
                ResultFormsIT.item(YEAR, "Tin học " + x.code, "DIGITAL", null, "CENTRAL", false, 6, 5)));
        // 2064 is in the future: the classes' end state is written as B5 leaves it (see ResultFormsIT)
        for (long id : classes) {
            jdbc.update("update training_class set status = 'CLOSED' where id = ?", id);
        }
        result(x, classes.get(0), x.unitA, cc);
        result(x, classes.get(1), x.unitA, cc);
        result(x, classes.get(1), x.unitB, vc);
        jdbc.update("insert into class_spending (class_id, line_code, amount, spent_on, voucher, created_by, created_at) "
                + "values (?, 'OTHER', 6000000, ?, 'PC-PRV', 'prv', ?)", classes.get(1),
                Date.valueOf(LocalDate.of(YEAR, 6, 9)), Timestamp.valueOf("2064-06-09 08:00:00"));
        DeliveryAgency y = DeliveryAgency.create(org, accounts, "PRVL");
        var opened = api().as(y.chief).postJson("/api/v1/plans", Map.of("year", YEAR, "registrationDueDate", YEAR + "-01-20"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        late = y;
        done = x;
    }

    private void result(DeliveryAgency x, long classId, long unitId, long staffId) {
        jdbc.update("insert into enrolment (class_id, agency_id, unit_id, staff_id, status, outcome, score, result_by, "
                + "result_at, version) values (?, ?, ?, ?, 'ENROLLED', 'COMPLETED', 9.0, ?, ?, 0)", classId, x.agencyId,
                unitId, staffId, x.chief, Timestamp.valueOf("2064-07-01 08:00:00"));
    }

    private static JsonNode standing(JsonNode overview, long agencyId) {
        for (JsonNode a : overview.get("agencies")) {
            if (a.get("agencyId").asLong() == agencyId) {
                return a;
            }
        }
        return null;
    }

    @Test
    void theProvinceOfficerSeesWhichAgenciesHaveNotApprovedTheirPlanOrHaveNoResults() {
        ready();
        var r = api().as("ccvc").get("/api/v1/province/agencies?year=" + YEAR, "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode o = r.json();
        JsonNode d = standing(o, done.agencyId);
        JsonNode l = standing(o, late.agencyId);
        assertThat(d.get("planApproved").asBoolean()).isTrue();
        assertThat(d.get("hasResults").asBoolean()).isTrue();
        assertThat(l.get("planApproved").asBoolean()).isFalse();
        assertThat(l.get("planStatusLabel").asString()).isEqualTo("Dự thảo");
        assertThat(l.get("hasResults").asBoolean()).isFalse();
        assertThat(o.get("withoutApprovedPlan").asLong()).isPositive();
        assertThat(o.get("agencies").size()).isEqualTo(jdbc.queryForObject("select count(*) from agency", Integer.class));

        String html = new Api(baseUrl()).signedIn("ccvc").get("/province?year=" + YEAR, "text/html").body();
        assertThat(html).contains("Tổng hợp báo cáo toàn tỉnh", "Sở Thử nghiệm " + done.code, "Sở Thử nghiệm " + late.code,
                "Chưa có kết quả", "Dự thảo", "/api/v1/province/reports/1a?year=" + YEAR,
                "/province/agencies/" + done.agencyId + "?year=" + YEAR);
        assertThat(new Api(baseUrl()).signedIn("ccvc").get("/", "text/html").body()).contains("href=\"/province\"");
        String drill = new Api(baseUrl()).signedIn("ccvc").get("/province/agencies/" + done.agencyId + "?year=" + YEAR,
                "text/html").body();
        assertThat(drill).contains("Sở Thử nghiệm " + done.code,
                "/api/v1/province/agencies/" + done.agencyId + "/reports/2a?year=" + YEAR);
    }

    @Test
    void eachProvinceFormHasABlockPerAgencyAndTheProvincesTotalIsTheSumOfTheAgencies() {
        ready();
        for (String form : List.of("1a", "1b", "2a", "2b")) {
            var r = api().as("ccvc").get("/api/v1/province/reports/" + form + "?year=" + YEAR, "application/json");
            assertThat(r.status()).as(form + " " + r.body()).isEqualTo(200);
            JsonNode rows = r.json().get("rows");
            List<JsonNode> agencyRows = new ArrayList<>();
            JsonNode total = null;
            for (JsonNode row : rows) {
                JsonNode c = row.get("cells");
                if (c.get(0).isNumber()) {
                    agencyRows.add(c);
                } else if (c.get(1).asString().equals("Tổng cộng")) {
                    total = c;
                }
            }
            assertThat(agencyRows).as(form).hasSize(jdbc.queryForObject("select count(*) from agency", Integer.class));
            assertThat(total).isNotNull();
            for (int k = 2; k < total.size(); k++) {
                if (!total.get(k).isNumber()) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode c : agencyRows) {
                    sum = sum.add(new BigDecimal(c.get(k).asString()));
                }
                assertThat(new BigDecimal(total.get(k).asString())).as(form + " column " + k).isEqualByComparingTo(sum);
            }
            JsonNode mine = agencyRows.stream().filter(c -> c.get(1).asString().equals("Sở Thử nghiệm " + done.code))
                    .findFirst().orElseThrow();
            JsonNode lateRow = agencyRows.stream().filter(c -> c.get(1).asString().equals("Sở Thử nghiệm " + late.code))
                    .findFirst().orElseThrow();
            assertThat(lateRow.get(2).asLong()).as(form + ": the late agency's row is there, at zero").isZero();
            if (form.equals("1a")) {
                assertThat(mine.get(2).asLong()).isEqualTo(2); // the civil servant's two completed classes
                // the agency's row equals its own form's total (drill-down)
                JsonNode own = api().as("ccvc").get("/api/v1/province/agencies/" + done.agencyId + "/reports/1a?year="
                        + YEAR, "application/json").json();
                JsonNode ownTotal = null;
                for (JsonNode row : own.get("rows")) {
                    if (row.get("cells").get(1).asString().equals("Tổng cộng")) {
                        ownTotal = row.get("cells");
                    }
                }
                for (int k = 2; k < ownTotal.size(); k++) {
                    if (ownTotal.get(k).isNumber()) {
                        assertThat(new BigDecimal(mine.get(k).asString())).as("1a column " + k)
                                .isEqualByComparingTo(new BigDecimal(ownTotal.get(k).asString()));
                    }
                }
                // and the same as the agency's Office downloads
                JsonNode office = api().as(done.chief).get("/api/v1/reports/1a?year=" + YEAR, "application/json").json();
                assertThat(office.get("rows")).isEqualTo(own.get("rows"));
            }
            if (form.equals("1b")) {
                assertThat(mine.get(2).asLong()).isEqualTo(1);
            }
        }
        JsonNode c = api().as("ccvc").get("/api/v1/province/reports/2c?year=" + YEAR, "application/json").json();
        assertThat(c.get("rows").toString()).contains("Tin học " + done.code, "Sở Thử nghiệm " + done.code);
    }

    @Test
    void drillDownAnswers404ForAnAgencyThatDoesNotExistOrAPlanFormOfAYearWithoutAnApprovedPlan() {
        ready();
        assertThat(api().as("ccvc").get("/api/v1/province/agencies/" + late.agencyId + "/reports/2a?year=" + YEAR,
                "application/json").status()).isEqualTo(404);
        assertThat(api().as("ccvc").get("/api/v1/province/agencies/" + late.agencyId + "/reports/1a?year=" + YEAR,
                "application/json").status()).isEqualTo(200);
        assertThat(api().as("ccvc").get("/api/v1/province/agencies/999999999/reports/1a?year=" + YEAR,
                "application/json").status()).isEqualTo(404);
        assertThat(api().as("ccvc").get("/api/v1/province/reports/9z?year=" + YEAR, "application/json").status())
                .isEqualTo(404);
        var bad = api().as("ccvc").get("/api/v1/province/reports/1a?year=abc", "application/json");
        assertThat(bad.status()).isEqualTo(400);
        var none = api().as("ccvc").get("/api/v1/province/reports/1a", "application/json");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("year");
    }

    @Test
    void noAgencyUserReadsTheProvinceAndTheProvinceOfficerWritesNothing() {
        ready();
        List<String> paths = List.of("/api/v1/province/reports/1a?year=" + YEAR, "/api/v1/province/agencies?year=" + YEAR,
                "/api/v1/province/agencies/" + done.agencyId + "/reports/1a?year=" + YEAR);
        for (String user : List.of(done.chief, done.director, done.specialist, done.headA, done.learner, done.admin,
                "chanhvp", "giamdoc", "admin", "quantri")) {
            for (String path : paths) {
                assertThat(api().as(user).get(path, "application/json").status()).as(user + " " + path).isEqualTo(403);
            }
            var page = new Api(baseUrl()).signedIn(user).get("/province", "text/html");
            assertThat(page.status()).as(user).isEqualTo(403);
            assertThat(new Api(baseUrl()).signedIn(user).get("/", "text/html").body()).as(user)
                    .doesNotContain("href=\"/province\"");
        }
        // the province officer's writes (AuthorizationMatrixIT asks every endpoint): a few of each kind here
        Api ccvc = api().as("ccvc");
        assertThat(ccvc.postJson("/api/v1/plans", Map.of("year", YEAR + 1, "registrationDueDate", (YEAR + 1) + "-01-20"))
                .status()).isEqualTo(403);
        assertThat(ccvc.postJson("/api/v1/needs", Map.of("year", YEAR, "title", "x")).status()).isEqualTo(403);
        assertThat(ccvc.putJson("/api/v1/forms/1a/definition", Map.of()).status()).isEqualTo(403);
        assertThat(ccvc.delete("/api/v1/forms/1a/definition").status()).isEqualTo(403);
        // nor an agency's own forms or lists
        assertThat(ccvc.get("/api/v1/reports/1a?year=" + YEAR, "application/json").status()).isEqualTo(403);
        assertThat(ccvc.get("/api/v1/staff", "application/json").status()).isEqualTo(403);
        assertThat(new Api(baseUrl()).signedIn("ccvc").get("/reports", "text/html").status()).isEqualTo(403);
    }

    @Test
    void onlyTheInstallationAdministratorGivesTheProvinceOfficerRoleAndItGoesAlone() {
        ready();
        vn.boiduong.common.Actor agencyAdmin = new vn.boiduong.common.Actor(1L, done.admin, "Quản trị",
                java.util.Set.of(vn.boiduong.common.Role.ADMIN), null, done.agencyId);
        vn.boiduong.common.Actor installation = new vn.boiduong.common.Actor(2L, "quantri", "Quản trị toàn hệ thống",
                java.util.Set.of(vn.boiduong.common.Role.ADMIN), null, null);
        String name = done.code.toLowerCase() + ".tinh";
        var form = new vn.boiduong.identity.UserService.UserForm(name, "Người tổng hợp",
                java.util.Set.of(vn.boiduong.common.Role.PROVINCE_OFFICER), done.unitA, null, true, "Tinh#Hop2064x", null);
        assertThatThrownBy(() -> users.create(agencyAdmin, form))
                .isInstanceOf(vn.boiduong.common.InvalidInputException.class)
                .hasMessageContaining("quản trị toàn hệ thống");
        var mixed = new vn.boiduong.identity.UserService.UserForm(name, "Người tổng hợp", java.util.Set.of(
                vn.boiduong.common.Role.PROVINCE_OFFICER, vn.boiduong.common.Role.OFFICE_CHIEF), done.unitA, null, true,
                "Tinh#Hop2064x", null);
        assertThatThrownBy(() -> users.create(installation, mixed))
                .isInstanceOf(vn.boiduong.common.InvalidInputException.class);
        assertThat(users.create(installation, form).roles()).containsExactly(vn.boiduong.common.Role.PROVINCE_OFFICER);
        JsonNode me = api().as("ccvc").get("/api/v1/me").json();
        assertThat(me.get("roles").toString()).contains("PROVINCE_OFFICER").doesNotContain("STAFF");
    }

    @Test
    void libreOfficeOpensTheProvinceForms() throws Exception {
        Path office = External.requireLibreOffice();
        ready();
        Path dir = Files.createTempDirectory("province");
        for (String form : List.of("1a", "2c")) {
            var r = api().as("ccvc").get("/api/v1/province/reports/" + form + "?year=" + YEAR, XLSX);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Disposition")).contains("toan-tinh-bieu-" + form + "-" + YEAR + ".xlsx");
            Path file = dir.resolve("province-" + form + ".xlsx");
            Files.write(file, r.bytes());
            Path out = External.convert(office, file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false");
            String text = Files.readString(out);
            assertThat(text).contains("Sở Thử nghiệm " + done.code, "Tổng cộng", "NĂM " + YEAR);
        }
    }
}
