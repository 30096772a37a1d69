package vn.boiduong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The defects of issue 13 (items 1, 2, 6 and 8), each as the probe sent it: bad input is a 400 (or
 * 413, 401) in Vietnamese naming the field, never a 500, never stored. Each test failed on 8d832a9.
 */
class BadInputIT extends HttpTest {

    private static final String BIDI = "Nguyễn \u202EVăn A";

    private static String field(Api.Response r) {
        assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/problem+json");
        return r.json().get("errors").get(0).get("field").asString();
    }

    private static void badOn(Api.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(field(r)).as(r.body()).isEqualTo(field);
        assertThat(r.json().get("detail").asString()).as("Vietnamese").containsPattern("[ạảãáàăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịýỳỷỹỵúùủũụóòỏõọéèẻẽẹ]");
    }

    private Map<String, Object> staff(String birthDate) {
        long unit = NeedFixtures.unitId(api(), "CCHC");
        Map<String, Object> d = new HashMap<>();
        d.put("unitId", unit);
        d.put("fullName", "Trần Thị Ngày");
        d.put("category", "CIVIL_SERVANT");
        d.put("gender", "FEMALE");
        d.put("birthDate", birthDate);
        d.put("gradeCode", "01.003");
        return new HashMap<>(Map.of("code", "BI" + System.nanoTime() % 100_000_000, "data", d));
    }

    // item 1: dates

    @Test
    void aBirthDateOutsideItsRangeOrAsANumberIsRefusedOnItsField() {
        Api office = api().as("chuyenvien");
        for (Object day : new Object[] {"-999999999-01-01", "+169087565-03-15", "1899-12-31", "2101-01-01",
                "20250101", 20250101, 7000}) {
            Map<String, Object> body = staff("x");
            ((Map<String, Object>) body.get("data")).put("birthDate", day);
            badOn(office.postJson("/api/v1/staff", body), "data.birthDate");
        }
        // in the range but not in the past: the staff record's own rule
        badOn(office.postJson("/api/v1/staff", staff(LocalDate.now().plusDays(2).toString())), "birthDate");
        assertThat(office.postJson("/api/v1/staff", staff("1990-03-15")).status()).isEqualTo(201);
    }

    @Test
    void anAssessmentDateFarInThePastIsRefusedAndLaterOnesStayPossible() {
        long unit = NeedFixtures.unitId(api(), "CCHC");
        JsonNode person = api().as("chuyenvien").get("/api/v1/units/" + unit + "/competency-gaps").json()
                .get("staff").get(0);
        String path = "/api/v1/staff/" + person.get("staffId").asLong() + "/competency-assessments";
        long competency = person.get("gaps").get(0).get("competencyId").asLong();
        for (Object day : new Object[] {"-999999999-01-01", "1000-01-01", 20250101}) {
            badOn(api().as("chuyenvien").postJson(path, Map.of("competencyId", competency, "level", 3,
                    "assessedOn", day)), "assessedOn");
        }
        var ok = api().as("chuyenvien").postJson(path, Map.of("competencyId", competency, "level", 3,
                "assessedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void collectionAndPlanDatesKeepToTheirYear() {
        int year = 2051; // a year no other test's plan takes
        Api specialist = api().as("chuyenvien");
        badOn(specialist.postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate", 20250101)), "dueDate");
        badOn(specialist.postJson("/api/v1/needs/collections", Map.of("year", year, "dueDate", "+999999999-12-31")),
                "dueDate");
        Api chief = api().as("chanhvp");
        badOn(chief.postJson("/api/v1/plans", Map.of("year", year, "registrationDueDate", "-999999999-01-01")),
                "registrationDueDate");
        badOn(chief.postJson("/api/v1/plans", Map.of("year", year, "registrationDueDate", "2101-01-20")),
                "registrationDueDate");
        var plan = chief.postJson("/api/v1/plans", Map.of("year", year, "registrationDueDate", year + "-01-20"));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long id = plan.json().get("id").asLong();
        Map<String, Object> item = vn.boiduong.planning.Plans.item("Lớp ngày lạ", "DIGITAL", null, 10, 1_000_000L);
        item.put("startDate", "2030-03-02");
        item.put("endDate", "2030-03-06");
        badOn(chief.postJson("/api/v1/plans/" + id + "/items", item), "startDate");
        item.put("startDate", (year + 1) + "-12-30");
        item.put("endDate", (year + 3) + "-01-06");
        badOn(chief.postJson("/api/v1/plans/" + id + "/items", item), "endDate");
        item.put("endDate", (year + 1) + "-12-31");
        assertThat(chief.postJson("/api/v1/plans/" + id + "/items", item).status()).isEqualTo(201);
    }

    @Test
    void aDayOnAPageOutsideTheRangeIsRefusedOnItsField() {
        Api specialist = new Api(baseUrl()).signedIn("chuyenvien");
        var r = specialist.postForm("/needs/collections", Map.of("year", "2091", "dueDate", "01/01/2500"));
        assertThat(r.status()).isEqualTo(302);
        assertThat(specialist.get(r.header("Location").replace(baseUrl(), "")).body()).contains("01/01/1900");
        assertThat(api().as("chuyenvien").get("/api/v1/needs/collections").body()).doesNotContain("2500-01-01");
    }

    // item 2: 500 on bad input

    @Test
    void invalidUtf8InAQueryParameterIs400() {
        for (String path : new String[] {"/api/v1/staff?q=%ED%A0%80", "/api/v1/staff?q=%C3", "/api/v1/needs?year=%FF"}) {
            var r = api().as("chuyenvien").get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
        }
        var page = new Api(baseUrl()).signedIn("chuyenvien").get("/staff?q=%ED%A0%80", "text/html");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("UTF-8");
    }

    @Test
    void pageOffsetsPastTwoToTheThirtyFirstAre400() {
        for (String path : new String[] {"/api/v1/needs?page=999999999&size=200", "/api/v1/audit?page=999999999&size=200",
                "/api/v1/notifications?page=999999999&size=200", "/api/v1/plans?page=999999999&size=200"}) {
            String user = path.contains("audit") ? "giamdoc" : "chuyenvien";
            var r = api().as(user).get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
            assertThat(field(r)).isEqualTo("page");
        }
        Api pages = new Api(baseUrl()).signedIn("giamdoc");
        for (String path : new String[] {"/needs?page=999999999", "/audit?page=999999999",
                "/notifications?page=999999999"}) {
            var r = pages.get(path, "text/html");
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.body()).contains("Số trang quá lớn");
        }
    }

    @Test
    void dueDatesNearTheLimitsAre400() {
        for (String day : new String[] {"-999999999-01-01", "+999999999-12-31", "0001-01-01"}) {
            var r = api().as("chanhvp").get("/api/v1/procedure/due-dates?registrationDueDate="
                    + java.net.URLEncoder.encode(day, StandardCharsets.UTF_8));
            badOn(r, "registrationDueDate");
        }
    }

    @Test
    void passwordsOver72BytesAreRefusedInVietnamese() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        for (String password : new String[] {"a1".repeat(37), "Mậtkhẩu1".repeat(8) + "abc", "a1".repeat(50)}) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("username", "bcrypt" + System.nanoTime() % 1_000_000);
            m.put("fullName", "Người Mật Khẩu Dài");
            m.put("roles", "STAFF");
            m.put("password", password);
            m.put("enabled", "true");
            var r = admin.postForm("/admin/users/new", m);
            assertThat(r.status()).as(password).isEqualTo(200);
            assertThat(r.body()).as("the form again, with the reason").contains("72 byte");
        }
    }

    @Test
    void aFormPostOverTomcatsLimitIs413() {
        Api chief = new Api(baseUrl()).signedIn("tp.cchc");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "x".repeat(3 * 1024 * 1024));
        var r = chief.postForm("/needs/new", form);
        assertThat(r.status()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isEqualTo(413);
        assertThat(r.body()).contains("quá lớn");
        var api = api().as("tp.cchc").postForm("/api/v1/notifications/read-all", form);
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    // item 6: types

    @Test
    void numbersAndBooleansAreNotConvertedIntoOtherTypes() {
        long unit = NeedFixtures.unitId(api(), "CCHC");
        Map<String, Object> need = NeedFixtures.need(unit, NeedFixtures.uniqueTitle("Kiểu dữ liệu"));
        badOn(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "headcount", 1.9)), "headcount");
        badOn(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "estimatedCost", 1000.99)),
                "estimatedCost");
        badOn(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "title", true)), "title");
        badOn(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "title", 12)), "title");
        badOn(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "headcount", true)), "headcount");
        badOn(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "headcount", 99999999999L)),
                "headcount");
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs", need).status()).isEqualTo(201);
    }

    // item 8: smaller

    @Test
    void anonymousWritesToTheApiAre401InVietnamese() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/needs/1"))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(method).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("đăng nhập");
        }
        // with credentials the same write reaches the application (a 400 for the empty body here)
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs", "{}").status()).isEqualTo(400);
    }

    @Test
    void aLongFileNameIsNotReportedAsAFileOver10Mb() {
        String longName = "Danh sách cán bộ công chức viên chức năm hai nghìn không trăm hai mươi sáu ".repeat(12)
                + ".xlsx";
        var r = api().as("chuyenvien").postFile("/api/v1/staff/imports", "file", longName,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not a workbook".getBytes());
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("10 MB");
    }

    @Test
    void controlAndBidiCharactersAreRefusedInNamesAndTitles() {
        long unit = NeedFixtures.unitId(api(), "CCHC");
        Map<String, Object> need = NeedFixtures.need(unit, NeedFixtures.uniqueTitle("Ký tự"));
        for (String bad : new String[] {BIDI, "Tên\u0000rỗng", "a\u2066b\u2069", "\u001b[31mđỏ", "x\u0085y"}) {
            badOn(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "title", bad)), "title");
            Map<String, Object> body = staff("1990-03-15");
            ((Map<String, Object>) body.get("data")).put("fullName", bad);
            badOn(api().as("chuyenvien").postJson("/api/v1/staff", body), "data.fullName");
        }
        // the pages: the same rule on a form field
        Api head = new Api(baseUrl()).signedIn("tp.cchc");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", String.valueOf(NeedFixtures.testYear()));
        form.put("unitId", String.valueOf(unit));
        form.put("title", BIDI);
        form.put("category", "DIGITAL");
        form.put("headcount", "2");
        var page = head.postForm("/needs/new", form);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("U+202A");
        // line breaks and tabs in a text stay allowed
        assertThat(api().as("tp.cchc").postJson("/api/v1/needs", NeedFixtures.with(need, "rationale",
                "Dòng một\r\nDòng hai\tcột")).status()).isEqualTo(201);
    }
}
