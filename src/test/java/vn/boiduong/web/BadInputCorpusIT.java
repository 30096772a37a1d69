package vn.boiduong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.NeedFixtures;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The bad-input corpus (issue 13): every write endpoint and every query parameter of every GET
 * endpoint, found in the application's own request mappings, gets malformed JSON, wrong types, nulls,
 * over-long text, extreme numbers and dates, invalid encodings, control and bidirectional characters,
 * XSS and SQL strings, as a user who may write there. Zero 500s; an XSS string never comes back raw
 * in HTML; a refused write (4xx) leaves the stored data as it was (the database's row counts, and a
 * read of the resource before and after).
 * <p><b>Adding an endpoint</b>: a new write mapping without a row in {@link #WRITES} fails
 * {@link #everyWriteEndpointHasAnExample()} with the exact line to add. A row names the endpoint as
 * "METHOD /path/{var}" (as the mapping declares it), who may write there, how the body is sent (JSON,
 * FORM, MULTIPART or NONE), a valid example body, and optionally a GET whose answer must not change
 * when the write is refused. Path variables are filled by {@link #resolve} from this test's own
 * fixture (a need, a staff record, a plan and item, a competency…) by the segment before them;
 * add a case there for a new kind of resource.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIT extends HttpTest {

    /**
     * A database of its own (with the demo data): the values the corpus sends that are valid (a title
     * "2026-02-30", a unit of the agency, a procedure's title) are saved, and must not reach the pages
     * and counts that the other tests of the shared context read.
     */
    @org.springframework.test.context.DynamicPropertySource
    static void corpusDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        vn.boiduong.support.External.ownDatabase(registry, "corpus");
    }

    enum Kind { JSON, FORM, MULTIPART, NONE }

    /** One write endpoint's valid example; {@code restore}: sent again after the corpus (installation-wide settings). */
    record Example(String user, Kind kind, Map<String, Object> body, String read, boolean restore) {
        Example readBack(String path) {
            return new Example(user, kind, body, path, restore);
        }

        Example restoring() {
            return new Example(user, kind, body, read, true);
        }
    }

    static Example json(String user, Map<String, Object> body) {
        return new Example(user, Kind.JSON, body, null, false);
    }

    static Example form(String user, Map<String, Object> body) {
        return new Example(user, Kind.FORM, body, null, false);
    }

    static Example none(String user) {
        return new Example(user, Kind.NONE, Map.of(), null, false);
    }

    static Example multipart(String user, String fileField) {
        return new Example(user, Kind.MULTIPART, Map.of(fileField, "file"), null, false);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    // the test's own data, made once (ids filled into paths and bodies)
    /** The last year a plan may have: no other test's plan takes it. */
    private final int year = 2100;
    private long unit;
    private long need;
    private long staff;
    private long plan;
    /** The demo's cancelled class of SNV: B5's acts on it are refused by its state after their input is read. */
    private long klass;
    private long item;
    private long competency;
    private long assessment;
    private long rule;
    private long user;
    private long agency;
    /** A training institution of SNV made by the fixture (B5's list the Office keeps). */
    private long institution;
    /** An API token of nhanvien's own (/me/tokens), and one of the fixture's account (the administrator's). */
    private long myToken;
    private long userToken;
    /** B6's results report of the fixture's year, a draft without its narrative: submitting it is refused. */
    private long report;
    /**
     * B6's supervision visit of the fixture's unit with two requests: the first is closed by the corpus,
     * the second stays open, so closing the visit is always refused by its state.
     */
    private long visit;
    private long visitRequest;
    /** B7's record sets made by hand: one open (documents), one closed and empty (permanent: no disposal). */
    private long openSet;
    private long closedSet;

    /** The table: every write endpoint of the application → a valid example. */
    final Map<String, Example> WRITES = new LinkedHashMap<>();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private JdbcTemplate jdbc;

    // ----------------------------------------------------------------------------------------------------------
    // The corpus

    static final String XSS = "<script>alert('bd13xss')</script>";
    static final String XSS_ATTR = "\"><img src=x onerror=alert('bd13xss')>";
    static final List<String> RAW_XSS = List.of(XSS, "<img src=x onerror=alert('bd13xss')>");

    /** Values for one field of a JSON body, as JSON literals. */
    static final List<String> JSON_VALUES = List.of("null", "true", "1.9", "-1", "2147483648",
            "9223372036854775808", "1e400", "\"\"", quote("x".repeat(100_000)), "\"-999999999-01-01\"", "20250101",
            "\"2026-02-30\"", "[]", "{}", quote(XSS), quote(XSS_ATTR), quote("' OR '1'='1' --"), "\"a\\u0000b\"",
            "\"a\\u202Eb\"", "\"\\ud800\"", quote("🙂 Tiếng Việt có dấu"));

    /** Whole bodies that are not what the endpoint reads. */
    static final List<byte[]> BODIES = List.of(new byte[0], b("{"), b("[]"), b("null"), b("\"x\""), b("{'a':1}"),
            b("[".repeat(5000) + "]".repeat(5000)),
            concat(b("{\"title\":\""), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    b("\"}")));

    /** Values for one field of a form or one query parameter, URL-encoded as a browser would. */
    static final List<String> TEXT_VALUES = List.of("", "x".repeat(10_000), XSS, XSS_ATTR, "' OR '1'='1' --",
            "a\u0000b", "a\u202Eb", "-1", "1.9", "99999999999999999999", "-999999999-01-01", "99/99/99999",
            "31/02/2026", "01/01/0001", "abc", "🙂 Tiếng Việt");

    /** Values sent as they are, without encoding: not valid UTF-8 once decoded, or a raw NUL. */
    static final List<String> RAW_ENCODED = List.of("%ED%A0%80", "%C3", "%00");

    // ----------------------------------------------------------------------------------------------------------

    @BeforeAll
    void fixture() {
        Api office = api().as("chuyenvien");
        unit = NeedFixtures.unitId(api(), "CCHC");
        need = NeedFixtures.draft(api(), "tp.cchc", NeedFixtures.with(NeedFixtures.need(unit,
                NeedFixtures.uniqueTitle("Corpus")), "year", year));
        var s = office.postJson("/api/v1/staff", map("code", "CORPUS" + System.nanoTime() % 1_000_000,
                "data", staffData()));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        staff = s.json().get("id").asLong();
        var p = api().as("chanhvp").postJson("/api/v1/plans", map("year", year, "registrationDueDate", year + "-01-20"));
        assertThat(p.status()).as(p.body()).isIn(201, 409);
        plan = p.status() == 201 ? p.json().get("id").asLong() : planOf(year);
        var i = api().as("chanhvp").postJson("/api/v1/plans/" + plan + "/items", itemData());
        assertThat(i.status()).as(i.body()).isEqualTo(201);
        item = i.json().get("id").asLong();
        var c = office.postJson("/api/v1/competencies", competencyData("CORPUS" + System.nanoTime() % 1_000_000));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        competency = c.json().get("id").asLong();
        var a = office.postJson("/api/v1/staff/" + staff + "/competency-assessments", map("competencyId", competency,
                "level", 3, "assessedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assessment = a.json().get("id").asLong();
        var r = api().as("chanhvp").postJson("/api/v1/standard-rules", ruleData("CORPUS" + System.nanoTime() % 1_000_000));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        rule = r.json().get("id").asLong();
        Api admin = new Api(baseUrl()).signedIn("admin");
        var u = admin.postForm("/admin/users/new", Map.of("username", "corpus" + System.nanoTime() % 1_000_000,
                "fullName", "Người Thử Dữ Liệu", "roles", "STAFF", "unitId", String.valueOf(unit), "password",
                "Hoa-Sen-2026", "enabled", "true"));
        assertThat(u.status()).as(u.body()).isEqualTo(302);
        user = Long.parseLong(u.header("Location").replaceAll(".*/", ""));
        agency = api().as("chanhvp").get("/api/v1/me").json().get("agencyId").asLong();
        var cancelled = api().as("chanhvp").get("/api/v1/classes?status=CANCELLED&size=1").json().get("items");
        klass = cancelled.isEmpty() ? 999_999_999L : cancelled.get(0).get("id").asLong();
        var inst = api().as("chanhvp").postJson("/api/v1/institutions", map("name", "Cơ sở kiểm thử "
                + System.nanoTime() % 1_000_000, "address", "Số 1", "contact", "Phòng Đào tạo", "email",
                "daotao@coso.test"));
        assertThat(inst.status()).as(inst.body()).isIn(200, 201);
        institution = inst.json().get("id").asLong();
        var t = api().as("nhanvien").postJson("/api/v1/me/tokens", map("name", "Máy trạm kiểm thử", "days", 30));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        myToken = t.json().get("id").asLong();
        var ut = api().as("admin").postJson("/api/v1/users/" + user + "/tokens", map("name", "Cài đặt kiểm thử",
                "days", 30));
        assertThat(ut.status()).as(ut.body()).isEqualTo(201);
        userToken = ut.json().get("id").asLong();
        var rr = api().as("chanhvp").postJson("/api/v1/results-reports", map("year", year));
        assertThat(rr.status()).as(rr.body()).isIn(201, 409);
        report = rr.status() == 201 ? rr.json().get("id").asLong() : api().as("chanhvp")
                .get("/api/v1/results-reports?year=" + year).json().get("items").get(0).get("id").asLong();
        var v = api().as("chanhvp").postJson("/api/v1/supervision-visits", visitData(List.of(
                map("text", "Bổ sung hồ sơ lớp", "ownerUnitId", unit, "dueDate", today().plusMonths(6).toString()),
                map("text", "Báo cáo kết quả khắc phục", "ownerUnitId", unit, "dueDate", null))));
        assertThat(v.status()).as(v.body()).isEqualTo(201);
        visit = v.json().get("id").asLong();
        visitRequest = v.json().get("requests").get(0).get("id").asLong();
        openSet = recordSet("Hồ sơ kiểm thử dữ liệu mở");
        closedSet = recordSet("Hồ sơ kiểm thử dữ liệu đã đóng");
        var closed = office.postJson("/api/v1/record-sets/" + closedSet + "/close", map());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        table();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A supervision visit of the fixture's unit, yesterday, with these requests. */
    private Map<String, Object> visitData(List<Map<String, Object>> requests) {
        return map("classId", null, "unitId", unit, "date", today().minusDays(1).toString(), "criteria", List.of(
                map("code", "CONTENT", "met", true, "note", "Đúng chương trình"), map("code", "BUDGET", "met", false,
                        "note", "Chậm thanh toán")), "findings", "Tổ chức đúng kế hoạch; thanh toán chậm.",
                "requests", requests);
    }

    /** A record set of 2012 opened by hand by the Office. */
    private long recordSet(String title) {
        var r = api().as("chanhvp").postJson("/api/v1/record-sets", map("year", 2012, "title", title,
                "trainingContent", title + " " + System.nanoTime() % 1_000_000));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long planOf(int y) {
        for (JsonNode p : api().as("chanhvp").get("/api/v1/plans?size=200").json().get("items")) {
            if (p.get("year").asInt() == y) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no plan " + y);
    }

    private Map<String, Object> staffData() {
        return map("unitId", unit, "fullName", "Lê Văn Kiểm", "category", "CIVIL_SERVANT", "gender", "MALE",
                "birthDate", "1988-04-12", "gradeCode", "01.003", "position", "Chuyên viên");
    }

    private Map<String, Object> itemData() {
        return map("title", "Lớp kiểm thử dữ liệu", "category", "DIGITAL", "kind", "HOSTED", "targetLearners",
                "Công chức", "headcount", 10, "startDate", year + "-03-02", "endDate", year + "-03-06", "location",
                "Hội trường", "lecturers", "Giảng viên", "institution", "Trường", "budget", 1_000_000, "needIds",
                List.of());
    }

    private static Map<String, Object> competencyData(String code) {
        return map("code", code, "name", "Năng lực kiểm thử", "group", "KNOWLEDGE", "description", "Mô tả",
                "levels", List.of("1", "2", "3", "4", "5"), "trainings", List.of());
    }

    private static Map<String, Object> ruleData(String code) {
        return map("code", code, "name", "Quy tắc kiểm thử", "legalBasis", "Nghị định", "field", "IT_LEVEL",
                "match", "CONTAINS_ANY", "allowedValues", List.of("CNTT"), "fixCategory", "DIGITAL", "fixTitle",
                "Bồi dưỡng CNTT");
    }

    /**
     * The table. Rows for endpoints that other work adds (B5 classes, allocation, API tokens, admin
     * pages) go here in the same form; the failure message of a missing one gives the line to start from.
     */
    private void table() {
        String needRead = "/api/v1/needs/" + need;
        String staffRead = "/api/v1/staff/" + staff;
        String planRead = "/api/v1/plans/" + plan;
        String compRead = "/api/v1/competencies/" + competency;
        String ruleRead = "/api/v1/standard-rules/" + rule;
        Map<String, Object> needBody = NeedFixtures.with(NeedFixtures.need(unit, "Nhu cầu kiểm thử"), "year", year);
        Map<String, Object> needForm = map("year", year, "unitId", unit, "title", "Nhu cầu kiểm thử", "category",
                "DIGITAL", "headcount", 2, "plannedQuarter", 3, "estimatedCost", "1.250.000", "rationale", "Lý do");
        Map<String, Object> staffForm = new LinkedHashMap<>(staffData());
        staffForm.put("code", "CORPUSF");
        staffForm.put("birthDate", "12/04/1988");
        Map<String, Object> itemForm = map("title", "Lớp kiểm thử", "category", "DIGITAL", "targetLearners",
                "Công chức", "headcount", 10, "startDate", "02/03/" + year, "endDate", "06/03/" + year, "location",
                "Hội trường", "lecturers", "Giảng viên", "institution", "Trường", "lecturerFees", "1.000.000");

        // needs (B1, B2)
        WRITES.put("POST /api/v1/needs", json("tp.cchc", needBody));
        WRITES.put("PUT /api/v1/needs/{id}", json("tp.cchc", NeedFixtures.with(needBody, "version", 0))
                .readBack(needRead));
        WRITES.put("POST /api/v1/needs/{id}/submit", json("tp.cchc", map()).readBack(needRead));
        WRITES.put("POST /api/v1/needs/{id}/return", json("chuyenvien", map("reason", "Bổ sung lý do"))
                .readBack(needRead));
        WRITES.put("POST /api/v1/needs/{id}/accept", json("chuyenvien", map()).readBack(needRead));
        WRITES.put("POST /api/v1/needs/from-gap", json("tp.cchc", map("staffId", staff, "competencyId", competency,
                "year", year)));
        WRITES.put("POST /api/v1/needs/from-finding", json("tp.cchc", map("staffId", staff, "ruleId", rule,
                "year", year)));
        WRITES.put("POST /api/v1/needs/consolidated", json("chuyenvien", map("year", year, "needIds", List.of(need),
                "title", "Gộp kiểm thử", "level", null)));
        WRITES.put("DELETE /api/v1/needs/consolidated/{id}", none("chuyenvien"));
        WRITES.put("POST /api/v1/needs/collections", json("chuyenvien", map("year", year, "dueDate",
                LocalDate.now().plusDays(30).toString())));
        WRITES.put("POST /needs/new", form("tp.cchc", needForm));
        WRITES.put("POST /needs/{id}", form("tp.cchc", NeedFixtures.with(needForm, "version", 0)).readBack(needRead));
        WRITES.put("POST /needs/{id}/submit", form("tp.cchc", map()).readBack(needRead));
        WRITES.put("POST /needs/{id}/accept", form("chuyenvien", map()).readBack(needRead));
        WRITES.put("POST /needs/{id}/return", form("chuyenvien", map("reason", "Bổ sung")).readBack(needRead));
        WRITES.put("POST /needs/from-gap", form("tp.cchc", map("staffId", staff, "competencyId", competency,
                "year", year)));
        WRITES.put("POST /needs/from-finding", form("tp.cchc", map("staffId", staff, "ruleId", rule, "year", year)));
        WRITES.put("POST /needs/collections", form("chuyenvien", map("year", year, "dueDate", LocalDate.now()
                .plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        WRITES.put("POST /needs/consolidation/merge", form("chuyenvien", map("year", year, "needIds", need,
                "title", "Gộp", "level", "")));
        WRITES.put("POST /needs/consolidation/{lineId}/unmerge", form("chuyenvien", map("year", year)));

        // staff and organisation
        WRITES.put("POST /api/v1/staff", json("chuyenvien", map("code", "CORPUSJ", "data", staffData())));
        WRITES.put("PUT /api/v1/staff/{id}", json("chuyenvien", map("version", 0, "data", staffData()))
                .readBack(staffRead));
        WRITES.put("POST /api/v1/staff/{id}/deactivate", json("chuyenvien", map()).readBack(staffRead));
        WRITES.put("POST /api/v1/staff/imports", multipart("chuyenvien", "file"));
        WRITES.put("POST /staff/new", form("chuyenvien", staffForm));
        WRITES.put("POST /staff/{id}/edit", form("chuyenvien", NeedFixtures.with(staffForm, "version", 0))
                .readBack(staffRead));
        WRITES.put("POST /staff/{id}/deactivate", form("chuyenvien", map()).readBack(staffRead));
        WRITES.put("POST /staff/{id}/reactivate", form("chuyenvien", map()).readBack(staffRead));
        WRITES.put("POST /staff/import", multipart("chuyenvien", "file"));
        // the demo agency's own settings: the valid example is put back afterwards
        WRITES.put("POST /admin/agency", form("admin", formValues("/admin/agency", "name", "parentName",
                "placeName", "signerTitle", "signerName", "recipients")).restoring());
        WRITES.put("POST /admin/agency/new", form("admin", map("code", "CORPUSAG", "name", "Cơ quan kiểm thử",
                "parentName", "UBND tỉnh", "placeName", "Bắc Giang", "signerTitle", "Giám đốc")));
        WRITES.put("POST /admin/agency/units", form("admin", map("code", "CORPUSU", "unitName", "Phòng kiểm thử",
                "office", false)));

        // competencies
        WRITES.put("POST /api/v1/competencies", json("chuyenvien", competencyData("CORPUSC")));
        WRITES.put("PUT /api/v1/competencies/{id}", json("chuyenvien", map("version", 0, "data",
                competencyData("CORPUSC"))).readBack(compRead));
        WRITES.put("POST /api/v1/competencies/{id}/deactivate", json("chuyenvien", map()).readBack(compRead));
        WRITES.put("POST /api/v1/competencies/{id}/reactivate", json("chuyenvien", map()).readBack(compRead));
        WRITES.put("POST /api/v1/competencies/{id}/requirements", json("chuyenvien", map("target", "GRADE",
                "gradeCode", "01.003", "level", 3)));
        WRITES.put("DELETE /api/v1/competency-requirements/{id}", none("chuyenvien"));
        WRITES.put("POST /api/v1/job-positions", json("chuyenvien", map("name", "Vị trí kiểm thử", "description",
                "Mô tả")));
        WRITES.put("POST /api/v1/staff/{id}/competency-assessments", json("chuyenvien", map("competencyId",
                competency, "level", 3, "assessedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                "evidence", "Chứng chỉ")));
        WRITES.put("POST /api/v1/staff/{staffId}/assessments/{assessmentId}/evidence", multipart("chuyenvien",
                "files"));
        WRITES.put("POST /api/v1/standard-rules", json("chanhvp", ruleData("CORPUSR")));
        WRITES.put("PUT /api/v1/standard-rules/{id}", json("chanhvp", map("version", 0, "data",
                ruleData("CORPUSR"))).readBack(ruleRead));
        WRITES.put("POST /api/v1/standard-rules/{id}/deactivate", json("chanhvp", map()).readBack(ruleRead));
        WRITES.put("POST /api/v1/standard-rules/{id}/reactivate", json("chanhvp", map()).readBack(ruleRead));
        WRITES.put("POST /competencies/new", form("chuyenvien", map("code", "CORPUSCF", "name", "Năng lực",
                "group", "KNOWLEDGE", "description", "Mô tả")));
        WRITES.put("POST /competencies/{id}/edit", form("chuyenvien", map("code", "CORPUSCF", "name", "Năng lực",
                "group", "KNOWLEDGE", "description", "Mô tả", "version", 0)).readBack(compRead));
        WRITES.put("POST /competencies/{id}/deactivate", form("chuyenvien", map()).readBack(compRead));
        WRITES.put("POST /competencies/{id}/reactivate", form("chuyenvien", map()).readBack(compRead));
        WRITES.put("POST /competencies/{id}/requirements", form("chuyenvien", map("target", "GRADE", "gradeCode",
                "01.003", "level", 3)));
        WRITES.put("POST /competency-requirements/{rid}/remove", form("chuyenvien", map("competencyId",
                competency)));
        WRITES.put("POST /competencies/positions", form("chuyenvien", map("name", "Vị trí", "description", "Mô tả")));
        WRITES.put("POST /competencies/staff/{id}", form("chuyenvien", map("competencyId", competency, "level", 3,
                "assessedOn", "01/01/" + LocalDate.now().getYear(), "evidence", "Chứng chỉ")));
        WRITES.put("POST /competencies/staff/{id}/assessments/{aid}/evidence", multipart("chuyenvien", "files"));
        WRITES.put("POST /competencies/analysis/rules/new", form("chanhvp", map("code", "CORPUSRF", "name",
                "Quy tắc", "field", "IT_LEVEL", "match", "CONTAINS_ANY", "allowedValues", "CNTT", "fix", "DIGITAL",
                "fixTitle", "Bồi dưỡng")));
        WRITES.put("POST /competencies/analysis/rules/{id}/edit", form("chanhvp", map("code", "CORPUSRF", "name",
                "Quy tắc", "field", "IT_LEVEL", "match", "CONTAINS_ANY", "allowedValues", "CNTT", "fix", "DIGITAL",
                "fixTitle", "Bồi dưỡng", "version", 0)).readBack(ruleRead));
        WRITES.put("POST /competencies/analysis/rules/{id}/{change:deactivate|reactivate}", form("chanhvp", map()).readBack(ruleRead));

        // plans (B3, B4)
        // the fixture's plan has the year already: a 409 once the input is read
        WRITES.put("POST /api/v1/plans", json("chanhvp", map("year", year, "registrationDueDate",
                year + "-01-20")));
        WRITES.put("POST /api/v1/plans/{id}/items", json("chanhvp", itemData()).readBack(planRead));
        WRITES.put("PUT /api/v1/plans/{id}/items/{itemId}", json("chanhvp", itemData()).readBack(planRead));
        WRITES.put("DELETE /api/v1/plans/{id}/items/{itemId}", none("chanhvp").readBack(planRead));
        WRITES.put("POST /api/v1/plans/{id}/submit", json("chanhvp", map()).readBack(planRead));
        WRITES.put("POST /api/v1/plans/{id}/return", json("giamdoc", map("reason", "Bổ sung")).readBack(planRead));
        WRITES.put("POST /api/v1/plans/{id}/approve", json("giamdoc", map("decisionNumber", "93/QĐ-SNV",
                "decisionDate", year + "-01-18")).readBack(planRead));
        WRITES.put("POST /plans", form("chanhvp", map("year", year, "registrationDueDate", "20/01/" + year)));
        WRITES.put("POST /plans/{id}/items", form("chanhvp", itemForm).readBack(planRead));
        WRITES.put("POST /plans/{id}/items/{itemId}", form("chanhvp", itemForm).readBack(planRead));
        WRITES.put("POST /plans/{id}/items/{itemId}/delete", form("chanhvp", map()).readBack(planRead));
        WRITES.put("POST /plans/{id}/submit", form("chanhvp", map()).readBack(planRead));
        WRITES.put("POST /plans/{id}/return", form("giamdoc", map("reason", "Bổ sung")).readBack(planRead));
        WRITES.put("POST /plans/{id}/approve", form("giamdoc", map("decisionNumber", "94/QĐ-SNV", "decisionDate",
                "18/01/" + year)).readBack(planRead));

        // notifications
        WRITES.put("POST /api/v1/notifications/{id}/read", none("chuyenvien"));
        WRITES.put("POST /api/v1/notifications/read-all", none("chuyenvien"));
        WRITES.put("POST /notifications/{id}/open", form("chuyenvien", map()));
        WRITES.put("POST /notifications/read-all", form("chuyenvien", map()));

        // installation-wide settings: the valid example is the current state, put back afterwards
        WRITES.put("POST /procedure/edit", form("admin", formValues("/procedure", "title", "issueNumber", "issueDate",
                "issuingDecision", "draftedByName", "draftedByTitle", "reviewedByName", "reviewedByTitle",
                "approvedByName", "approvedByTitle", "registerOffsetDays", "approveOffsetDays", "version"))
                .restoring());
        WRITES.put("POST /procedure/revisions", form("admin", map("request", "Yêu cầu", "section", "Mục 5",
                "description", "Sửa", "issueLabel", "02", "revisionDate", "01/01/2026")));
        WRITES.put("PUT /api/v1/forms/{code}/definition", json("admin", map()).readBack("/api/v1/forms/1a/definition"));
        WRITES.put("DELETE /api/v1/forms/{code}/definition", none("admin"));
        WRITES.put("POST /admin/forms/{code}/texts", form("admin", map()));
        WRITES.put("POST /admin/forms/{code}", form("admin", map("definition", "")));
        WRITES.put("POST /admin/forms/{code}/reset", form("admin", map()));

        // accounts
        WRITES.put("POST /admin/users/new", form("admin", map("username", "corpusnew", "fullName", "Người Mới",
                "roles", "STAFF", "unitId", unit, "password", "Hoa-Sen-2026", "enabled", true)));
        WRITES.put("POST /admin/users/{id}", form("admin", map("username", "corpusedit", "fullName", "Người Sửa",
                "roles", "STAFF", "unitId", unit, "password", "", "enabled", true)));
        WRITES.put("POST /admin/users/{id}/unlock", form("admin", map()));

        // B5 classes: the demo's CANCELLED class, so every act is refused by the class's state once its
        // input is read (the class read back unchanged), except spending, which a cancelled class may have
        String classRead = "/api/v1/classes/" + klass;
        Map<String, Object> session = map("date", "2026-11-03", "startTime", "08:00", "endTime", "11:00", "room",
                "Phòng họp", "topic", "Chuyên đề", "lecturerId", null);
        WRITES.put("POST /api/v1/classes/{id}/open", json("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/start", json("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/finish", json("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/close", json("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/cancel", json("chanhvp", map("reason", "Không đủ học viên"))
                .readBack(classRead));
        WRITES.put("PUT /api/v1/classes/{id}/capacity", json("chanhvp", map("headcount", 30)).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/sessions", json("chanhvp", session).readBack(classRead));
        WRITES.put("PUT /api/v1/classes/{id}/sessions/{sessionId}", json("chanhvp", session).readBack(classRead));
        WRITES.put("DELETE /api/v1/classes/{id}/sessions/{sessionId}", none("chanhvp").readBack(classRead));
        WRITES.put("PUT /api/v1/classes/{id}/sessions/{sessionId}/attendance", new Example("chanhvp", Kind.JSON,
                map("staffId", staff, "presence", "PRESENT"), classRead, false));
        WRITES.put("POST /api/v1/classes/{id}/lecturers", json("chanhvp", map("staffId", null, "fullName",
                "Nguyễn Văn Giảng", "title", "Giảng viên chính", "rank", "LECTURER", "organisation", "Trường"))
                .readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/nominations", json("tp.cchc", map("staffIds", List.of(staff)))
                .readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/enrollments", json("chanhvp", map("staffIds", List.of(staff)))
                .readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/nominations/{staffId}/refuse", json("chanhvp", map("reason",
                "Không phù hợp")).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/results", new Example("chanhvp", Kind.JSON, map("staffId", staff,
                "outcome", "COMPLETED", "score", 8.5, "certificateNumber", "1/2026", "certificateDate", "2026-11-06"),
                classRead, false));
        WRITES.put("POST /api/v1/classes/{id}/certificates/{staffId}/revoke", json("chanhvp", map("decisionNumber",
                "5/QĐ-SNV", "reason", "Cấp nhầm")).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/certificates/{staffId}/external", multipart("chuyenvien", "scan"));
        WRITES.put("PUT /api/v1/classes/{id}/competencies", new Example("chuyenvien", Kind.JSON, map("competencyId",
                competency, "level", 3), classRead, false));
        WRITES.put("POST /api/v1/classes/{id}/feedback", json("nhanvien", map("scores", map("1", 5), "comment",
                "Tốt")).readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/spending", json("chuyenvien", map("line", "MATERIALS", "amount",
                100_000, "date", "2026-11-03", "voucher", "PC-01", "note", "Tài liệu", "unitId", null)));
        WRITES.put("PUT /api/v1/classes/{id}/institution", json("chuyenvien", map("institutionId", institution))
                .readBack(classRead));
        WRITES.put("POST /api/v1/classes/{id}/decision", json("chanhvp", map("number", "12/QĐ-SNV", "date",
                "2026-10-01")).readBack(classRead));
        WRITES.put("POST /classes/{id}/open", form("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /classes/{id}/start", form("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /classes/{id}/finish", form("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /classes/{id}/close", form("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /classes/{id}/cancel", form("chanhvp", map("reason", "Không đủ học viên")).readBack(classRead));
        WRITES.put("POST /classes/{id}/capacity", form("chanhvp", map("headcount", 30)).readBack(classRead));
        WRITES.put("POST /classes/{id}/sessions", form("chanhvp", map("date", "03/11/2026", "startTime", "08:00",
                "endTime", "11:00", "room", "Phòng họp", "topic", "Chuyên đề", "lecturerId", "")).readBack(classRead));
        WRITES.put("POST /classes/{id}/sessions/{sessionId}/delete", form("chanhvp", map()).readBack(classRead));
        WRITES.put("POST /classes/{id}/lecturers", form("chanhvp", map("fullName", "Nguyễn Văn Giảng", "title",
                "Giảng viên chính", "rank", "LECTURER", "organisation", "Trường")).readBack(classRead));
        WRITES.put("POST /classes/{id}/nominations", form("tp.cchc", map("staffIds", staff)).readBack(classRead));
        WRITES.put("POST /classes/{id}/enrollments", form("chanhvp", map("staffIds", staff)).readBack(classRead));
        WRITES.put("POST /classes/{id}/nominations/{staffId}/refuse", form("chanhvp", map("reason", "Không phù hợp"))
                .readBack(classRead));
        WRITES.put("POST /classes/{id}/attendance/{staffId}", form("chanhvp", map("s1", "PRESENT")).readBack(classRead));
        WRITES.put("POST /classes/{id}/results", form("chanhvp", map("staffIds", staff, "outcome_" + staff,
                "COMPLETED", "score_" + staff, "8,5", "number_" + staff, "1/2026")).readBack(classRead));
        WRITES.put("POST /classes/{id}/certificates/{staffId}/revoke", form("chanhvp", map("decisionNumber",
                "5/QĐ-SNV", "reason", "Cấp nhầm")).readBack(classRead));
        WRITES.put("POST /classes/{id}/certificates/{staffId}/external", multipart("chuyenvien", "scan"));
        WRITES.put("POST /classes/{id}/competencies", form("chuyenvien", map("competencyId", competency, "level", 3))
                .readBack(classRead));
        WRITES.put("POST /classes/{id}/competencies/{competencyId}/remove", form("chuyenvien", map())
                .readBack(classRead));
        WRITES.put("POST /classes/{id}/spending", form("chuyenvien", map("line", "MATERIALS", "amount", "100.000",
                "date", "03/11/2026", "voucher", "PC-01", "note", "Tài liệu", "unitId", "")));
        WRITES.put("POST /classes/{id}/institution", form("chuyenvien", map("institutionId", institution))
                .readBack(classRead));
        WRITES.put("POST /classes/{id}/decision", form("chanhvp", map("number", "12/QĐ-SNV", "date", "01/10/2026"))
                .readBack(classRead));
        WRITES.put("POST /me/training/classes/{id}/feedback", form("nhanvien", map("q1", 5, "comment", "Tốt")));

        // B5 budget on the fixture's plan, a draft: allocation and announcement refused by its state
        WRITES.put("PUT /api/v1/plans/{id}/allocation", json("chuyenvien", map("lines", List.of(map("classId", klass,
                "unitId", unit, "amount", 1_000_000)), "reason", "Điều chỉnh")).readBack(planRead));
        WRITES.put("POST /api/v1/plans/{id}/announcement", json("chanhvp", map("number", "7/TB-SNV", "date",
                year + "-02-01")).readBack(planRead));
        WRITES.put("POST /plans/{id}/allocation", form("chuyenvien", map("classId", klass, "unitId", unit, "amount",
                "1.000.000", "newClassId", "", "newUnitId", "", "newAmount", "", "reason", "Điều chỉnh"))
                .readBack(planRead));
        WRITES.put("POST /plans/{id}/announcement", form("chanhvp", map("number", "7/TB-SNV", "date", "01/02/" + year))
                .readBack(planRead));

        // training institutions (the Office's list)
        WRITES.put("POST /api/v1/institutions", json("chanhvp", map("name", "Trường kiểm thử", "address", "Số 2",
                "contact", "Phòng Đào tạo", "email", "a@coso.test")));
        WRITES.put("PUT /api/v1/institutions/{id}", json("chanhvp", map("name", "Cơ sở kiểm thử sửa", "address",
                "Số 1", "contact", "Phòng Đào tạo", "email", "daotao@coso.test")));
        WRITES.put("POST /institutions", form("chanhvp", map("name", "Trường kiểm thử F", "address", "Số 3",
                "contact", "Phòng", "email", "b@coso.test")));
        WRITES.put("POST /institutions/{id}", form("chanhvp", map("name", "Cơ sở kiểm thử sửa F", "address", "Số 1",
                "contact", "Phòng", "email", "daotao@coso.test")));

        // API tokens: nhanvien's own, and the fixture account's (the agency administrator's)
        String myTokens = "/api/v1/me/tokens";
        String userTokens = "/api/v1/users/" + user + "/tokens";
        WRITES.put("POST /api/v1/me/tokens", json("nhanvien", map("name", "Đồng bộ kiểm thử", "days", 30))
                .readBack(myTokens));
        WRITES.put("DELETE /api/v1/me/tokens/{tokenId}", none("nhanvien").readBack(myTokens));
        WRITES.put("POST /api/v1/users/{userId}/tokens", json("admin", map("name", "Cài đặt kiểm thử", "days", 30))
                .readBack(userTokens));
        WRITES.put("DELETE /api/v1/users/{userId}/tokens/{tokenId}", none("admin").readBack(userTokens));
        WRITES.put("POST /me/tokens", form("nhanvien", map("name", "Trang tính kiểm thử", "days", 7))
                .readBack(myTokens));
        WRITES.put("POST /me/tokens/{tokenId}/revoke", form("nhanvien", map()).readBack(myTokens));
        WRITES.put("POST /admin/users/{userId}/tokens/{tokenId}/revoke", form("admin", map()).readBack(userTokens));

        // backups: the test database is in memory (H2) or PostgreSQL, where the application takes none (409)
        WRITES.put("POST /api/v1/backups", none("admin").readBack("/api/v1/backups"));
        WRITES.put("POST /admin/backup", form("admin", map()).readBack("/api/v1/backups"));

        // the installation administrator's agencies: an administrator for the demo agency
        WRITES.put("POST /admin/agencies/administrators", form("quantri", map("agencyId", agency, "username",
                "corpusadm", "fullName", "Quản trị kiểm thử", "password", "Hoa-Sen-2026", "email",
                "corpusadm@coquan.test")));

        // B6 results report: the fixture's year has one already (409), a draft without its narrative, so
        // submitting it is refused until a narrative is saved, and it is never acknowledged
        String reportRead = "/api/v1/results-reports/" + report;
        Map<String, Object> narrative = map("generalAssessment", "Đánh giá chung", "achievements", "Kết quả đạt được",
                "shortcomings", "Tồn tại, hạn chế và nguyên nhân", "proposals", "Đề xuất, kiến nghị", "version", 0);
        WRITES.put("POST /api/v1/results-reports", json("chanhvp", map("year", year)));
        WRITES.put("PUT /api/v1/results-reports/{id}", json("chanhvp", narrative).readBack(reportRead));
        WRITES.put("POST /api/v1/results-reports/{id}/submit", json("chanhvp", map()).readBack(reportRead));
        WRITES.put("POST /api/v1/results-reports/{id}/return", json("giamdoc", map("reason", "Bổ sung số liệu"))
                .readBack(reportRead));
        WRITES.put("POST /api/v1/results-reports/{id}/acknowledge", json("giamdoc", map("comment",
                "Đồng ý, giao Văn phòng triển khai")).readBack(reportRead));
        WRITES.put("POST /results-reports", form("chanhvp", map("year", year)));
        WRITES.put("POST /results-reports/{id}", form("chanhvp", narrative).readBack(reportRead));
        WRITES.put("POST /results-reports/{id}/submit", form("chanhvp", map()).readBack(reportRead));
        WRITES.put("POST /results-reports/{id}/return", form("giamdoc", map("reason", "Bổ sung số liệu"))
                .readBack(reportRead));
        WRITES.put("POST /results-reports/{id}/acknowledge", form("giamdoc", map("comment", "Đồng ý"))
                .readBack(reportRead));

        // B6 supervision visits: the fixture's visit keeps an open request, so closing it is refused
        String visitRead = "/api/v1/supervision-visits/" + visit;
        String due = today().plusMonths(6).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        WRITES.put("POST /api/v1/supervision-visits", json("chanhvp", visitData(List.of(map("text",
                "Bổ sung hồ sơ", "ownerUnitId", unit, "dueDate", today().plusMonths(6).toString())))));
        WRITES.put("POST /api/v1/supervision-visits/{id}/close", json("chanhvp", map()).readBack(visitRead));
        WRITES.put("POST /api/v1/supervision-visits/{id}/requests/{requestId}/close", json("chanhvp", map())
                .readBack(visitRead));
        WRITES.put("POST /supervision-visits", form("chanhvp", map("subject", "unit:" + unit, "date", today()
                .minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "met_CONTENT", "true",
                "note_CONTENT", "Đúng chương trình", "met_PLACE", "false", "note_PLACE", "Hội trường chật", "findings",
                "Ghi nhận qua trang", "reqText_0", "Đổi hội trường", "reqUnit_0", unit, "reqDue_0", due)));
        WRITES.put("POST /supervision-visits/{id}/close", form("chanhvp", map()).readBack(visitRead));
        WRITES.put("POST /supervision-visits/{id}/requests/{requestId}/close", form("chanhvp", map())
                .readBack(visitRead));

        // B7 archive: documents go to the open set; closing and disposal are asked of the closed, empty set
        // (permanent: every disposal act is refused by its state, nothing is ever destroyed)
        String openRead = "/api/v1/record-sets/" + openSet;
        String closedRead = "/api/v1/record-sets/" + closedSet;
        String day = today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        WRITES.put("POST /api/v1/record-sets", json("chanhvp", map("year", 2012, "title", "Hồ sơ kiểm thử",
                "trainingContent", "Bản gốc kiểm thử", "category", "DIGITAL", "planId", null)));
        WRITES.put("POST /api/v1/record-sets/{id}/documents", multipart("chuyenvien", "file").readBack(openRead));
        WRITES.put("POST /api/v1/record-sets/{id}/close", json("chuyenvien", map()).readBack(closedRead));
        WRITES.put("POST /api/v1/record-sets/import", multipart("chanhvp", "file"));
        WRITES.put("POST /api/v1/record-sets/{id}/disposal", json("chuyenvien", map("reason",
                "Hết thời hạn bảo quản", "councilMembers", "Chánh Văn phòng; Chuyên viên lưu trữ")).readBack(closedRead));
        WRITES.put("POST /api/v1/record-sets/{id}/disposal/opinion", json("chanhvp", map("opinion",
                "Hội đồng nhất trí hủy")).readBack(closedRead));
        WRITES.put("POST /api/v1/record-sets/{id}/disposal/approve", json("giamdoc", map("decisionNumber",
                "5/QĐ-SNV", "decisionDate", today().toString())).readBack(closedRead));
        WRITES.put("POST /api/v1/record-sets/{id}/disposal/reject", json("giamdoc", map("reason",
                "Còn cần tra cứu")).readBack(closedRead));
        WRITES.put("POST /api/v1/retention-rules", json("admin", map("type", "FEEDBACK", "years", 5, "legalBasis",
                "Thông tư kiểm thử", "effectiveFrom", "2099-01-01")).readBack("/api/v1/retention-rules"));
        WRITES.put("POST /api/v1/fixity-runs", none("admin"));
        WRITES.put("POST /archive/import", multipart("chanhvp", "file"));
        WRITES.put("POST /archive/{id}/documents", multipart("chuyenvien", "file").readBack(openRead));
        WRITES.put("POST /archive/{id}/close", form("chuyenvien", map()).readBack(closedRead));
        WRITES.put("POST /archive/{id}/disposal", form("chuyenvien", map("reason", "Hết thời hạn bảo quản",
                "councilMembers", "Chánh Văn phòng; Chuyên viên lưu trữ")).readBack(closedRead));
        WRITES.put("POST /archive/{id}/disposal/opinion", form("chanhvp", map("opinion", "Hội đồng nhất trí hủy"))
                .readBack(closedRead));
        WRITES.put("POST /archive/{id}/disposal/approve", form("giamdoc", map("decisionNumber", "5/QĐ-SNV",
                "decisionDate", day)).readBack(closedRead));
        WRITES.put("POST /archive/{id}/disposal/reject", form("giamdoc", map("reason", "Còn cần tra cứu"))
                .readBack(closedRead));
        WRITES.put("POST /archive/retention", form("admin", map("type", "FEEDBACK", "years", 5, "legalBasis",
                "Thông tư kiểm thử", "effectiveFrom", "01/01/2098")).readBack("/api/v1/retention-rules"));
    }

    /** The current values of a page's form fields (inputs and text areas), to send them back unchanged. */
    private Map<String, Object> formValues(String page, String... fields) {
        String html = client("admin", false).get(page).body();
        Map<String, Object> m = new LinkedHashMap<>();
        for (String f : fields) {
            Matcher input = Pattern.compile("<input[^>]*\\bname=\"" + f + "\"[^>]*>").matcher(html);
            Matcher area = Pattern.compile("<textarea[^>]*\\bname=\"" + f + "\"[^>]*>([^<]*)</textarea>").matcher(html);
            if (input.find()) {
                Matcher v = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
                m.put(f, v.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(v.group(1)) : "");
            } else if (area.find()) {
                m.put(f, org.springframework.web.util.HtmlUtils.htmlUnescape(area.group(1)));
            }
        }
        assertThat(m).as("the form of " + page).isNotEmpty();
        return m;
    }

    /** A path variable's value from the fixture, by its name or the segment before it. */
    String resolve(String pattern) {
        Matcher m = Pattern.compile("\\{(\\w+)(?::[^}]*)?}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String[] segs = before.split("/");
            String seg = segs.length == 0 ? "" : segs[segs.length - 1];
            String v = switch (m.group(1)) {
                case "itemId" -> String.valueOf(item);
                case "staffId" -> String.valueOf(staff);
                case "assessmentId", "aid" -> String.valueOf(assessment);
                case "code", "form" -> "1a";
                case "change" -> "deactivate";
                case "tokenId" -> String.valueOf(pattern.contains("/users/") ? userToken : myToken);
                case "requestId" -> String.valueOf(visitRequest);
                default -> switch (seg) {
                    case "needs" -> String.valueOf(need);
                    case "staff" -> String.valueOf(staff);
                    case "plans" -> String.valueOf(plan);
                    case "competencies" -> String.valueOf(competency);
                    case "standard-rules", "rules" -> String.valueOf(rule);
                    case "units" -> String.valueOf(unit);
                    case "users" -> String.valueOf(user);
                    case "agencies" -> String.valueOf(agency);
                    case "classes" -> String.valueOf(klass);
                    case "institutions" -> String.valueOf(institution);
                    case "results-reports" -> String.valueOf(report);
                    case "supervision-visits" -> String.valueOf(visit);
                    // closing and disposal on the closed set, the rest (documents, export) on the open one
                    case "record-sets", "archive" -> String.valueOf(pattern.contains("/disposal")
                            || pattern.endsWith("/close") ? closedSet : openSet);
                    default -> "999999999";
                };
            };
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Discovery

    record Endpoint(String method, String pattern, HandlerMethod handler) {
        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods) {
                    out.add(new Endpoint(method.name(), pattern, e.getValue()));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Endpoint::key));
        return out;
    }

    static boolean isWrite(String method) {
        return Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
    }

    /**
     * Write endpoints that have no example row yet: they are not in the corpus, and this list says so
     * openly instead of hiding them. Empty: every write endpoint is in the corpus. A path is listed by
     * its prefix; the test fails when a listed prefix has an example row (remove it then) or matches no
     * endpoint any more.
     */
    static final List<String> NOT_YET_IN_CORPUS = List.of();

    private static boolean notYetInCorpus(String key) {
        String path = key.substring(key.indexOf(' ') + 1);
        return NOT_YET_IN_CORPUS.stream().anyMatch(path::startsWith);
    }

    @Test
    void everyWriteEndpointHasAnExample() {
        Set<String> missing = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        Set<String> excludedWithRow = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            if (isWrite(e.method())) {
                found.add(e.key());
                if (notYetInCorpus(e.key())) {
                    if (WRITES.containsKey(e.key())) {
                        excludedWithRow.add(e.key());
                    }
                    continue;
                }
                if (!WRITES.containsKey(e.key())) {
                    missing.add(e.key() + "  (" + e.handler().getShortLogMessage() + ")");
                }
            }
        }
        assertThat(missing).as("write endpoints without a row in BadInputCorpusIT.table(); add for each e.g.\n"
                + missing.stream().map(k -> "    WRITES.put(\"" + k.substring(0, k.indexOf("  (")) + "\", json(\"<user>\", map(...)));")
                        .collect(Collectors.joining("\n")) + "\n").isEmpty();
        assertThat(excludedWithRow).as("endpoints with a row that NOT_YET_IN_CORPUS still excludes").isEmpty();
        assertThat(NOT_YET_IN_CORPUS).as("prefixes of NOT_YET_IN_CORPUS that match no write endpoint")
                .allMatch(prefix -> found.stream().anyMatch(k -> k.substring(k.indexOf(' ') + 1).startsWith(prefix)));
        Set<String> stale = new TreeSet<>(WRITES.keySet());
        stale.removeAll(found);
        assertThat(stale).as("rows of BadInputCorpusIT.table() whose endpoint no longer exists").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Sending

    private final Map<String, Api> clients = new java.util.HashMap<>();

    private Api client(String user, boolean api) {
        return clients.computeIfAbsent(user + (api ? ":api" : ":page"),
                k -> api ? new Api(baseUrl()).as(user) : new Api(baseUrl()).signedIn(user));
    }

    private final List<String> failures = new ArrayList<>();
    private String lastLogged;
    private int sent;

    /** Row counts of every table the application writes to (sessions and the event log excluded). */
    private String fingerprint() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
                + "lower(table_schema) = lower(current_schema()) and table_type in ('TABLE', 'BASE TABLE') "
                + "order by table_name", String.class);
        String sql = tables.stream().map(String::toLowerCase)
                .filter(t -> !t.contains("session") && !t.contains("event_publication") && !t.contains("shedlock")
                        && !t.contains("flyway") && !t.contains("throttle") && !t.contains("sign_in"))
                .map(t -> "(select count(*) from " + t + ")").collect(Collectors.joining(" || ',' || "));
        return jdbc.queryForObject("select " + sql, String.class);
    }

    private String read(Example ex) {
        if (ex.read() == null) {
            return "";
        }
        var r = client(ex.user(), true).get(ex.read());
        return r.status() + " " + r.body().replaceAll("\"(updatedAt|lastSeen|now)\":\"[^\"]*\"", "");
    }

    private void check(String what, Api.Response r, Example ex, String beforeRows, String beforeRead) {
        sent++;
        if (failures.size() > 0 && failures.size() % 1 == 0 && !failures.get(failures.size() - 1).equals(lastLogged)) {
            lastLogged = failures.get(failures.size() - 1);
            progress("  FAILURE " + lastLogged);
        }
        if (r.status() >= 500) {
            failures.add(what + " → " + r.status() + " " + excerpt(r.body()));
            return;
        }
        String type = String.valueOf(r.header("Content-Type"));
        if (type.contains("html")) {
            for (String raw : RAW_XSS) {
                if (r.body().contains(raw)) {
                    failures.add(what + " → the XSS string came back raw in HTML");
                }
            }
        }
        if (r.status() >= 300 && r.status() < 400 && r.header("Location") != null) {
            String loc = r.header("Location").replace(baseUrl(), "");
            if (loc.startsWith("/")) {
                var page = client(ex.user(), false).get(loc);
                for (String raw : RAW_XSS) {
                    if (page.body().contains(raw)) {
                        failures.add(what + " → the XSS string came back raw on " + loc);
                    }
                }
            }
        }
        if (r.status() >= 400 && beforeRows != null) {
            String rows = fingerprint();
            String read = read(ex);
            if (!rows.equals(beforeRows)) {
                failures.add(what + " → refused with " + r.status() + " but the database's row counts changed");
                lastRows = rows;
            }
            if (!read.equals(beforeRead)) {
                failures.add(what + " → refused with " + r.status() + " but " + ex.read() + " changed");
                lastRead = read;
            }
        }
    }

    /** One line per endpoint in target/bad-input-corpus.log, to follow a long run. */
    private void progress(String what) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bad-input-corpus.log"),
                    java.time.LocalTime.now() + " " + what + " (" + sent + " sent, " + failures.size() + " failures)\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            // only a progress note
        }
    }

    private static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private Api.Response send(Endpoint e, Example ex, String path, String contentType, byte[] body) {
        return client(ex.user(), e.api()).raw(e.method(), path, contentType, body);
    }

    /**
     * The state before the next request: the row counts and the row's read. A refused request must
     * leave both as they were, so they are read again only after it, or after an accepted one.
     */
    private String lastRows;
    private String lastRead;

    private void attempt(Endpoint e, Example ex, String path, String label, String contentType, byte[] body) {
        if (lastRows == null) {
            lastRows = fingerprint();
            lastRead = read(ex);
        }
        Api.Response r = send(e, ex, path, contentType, body);
        check(e.key() + " " + label, r, ex, lastRows, lastRead);
        if (r.status() < 400) {
            lastRows = null;
        }
    }

    @Test
    void everyWriteEndpointSurvivesTheCorpus() throws Exception {
        for (Endpoint e : endpoints()) {
            Example ex = WRITES.get(e.key());
            if (!isWrite(e.method()) || ex == null) {
                continue;
            }
            String path = resolve(e.pattern());
            lastRows = null;
            progress(e.key());
            switch (ex.kind()) {
                case JSON -> {
                    for (byte[] body : BODIES) {
                        attempt(e, ex, path, "body " + excerpt(new String(body, StandardCharsets.UTF_8)),
                                "application/json", body);
                    }
                    String valid = Api.JSON.writeValueAsString(ex.body());
                    int index = 0;
                    for (String field : ex.body().keySet()) {
                        for (String value : sample(JSON_VALUES, index++)) {
                            attempt(e, ex, path, field + "=" + excerpt(value), "application/json",
                                    b(withField(ex.body(), field, value)));
                        }
                        // the field missing altogether
                        Map<String, Object> without = new LinkedHashMap<>(ex.body());
                        without.remove(field);
                        attempt(e, ex, path, "without " + field, "application/json",
                                b(Api.JSON.writeValueAsString(without)));
                    }
                    // wrong content types for a JSON endpoint
                    attempt(e, ex, path, "as text/plain", "text/plain", b(valid));
                    attempt(e, ex, path, "as a form", "application/x-www-form-urlencoded", b("a=1"));
                    attempt(e, ex, path, "unknown field", "application/json",
                            b(withField(ex.body(), "zzUnknown" , quote(XSS))));
                }
                case FORM -> {
                    int index = 0;
                    for (String field : ex.body().keySet()) {
                        for (String value : sample(TEXT_VALUES, index++)) {
                            attempt(e, ex, path, field + "=" + excerpt(value), "application/x-www-form-urlencoded",
                                    b(form(ex.body(), field, enc(value))));
                        }
                        String raw = RAW_ENCODED.get(index % RAW_ENCODED.size());
                        attempt(e, ex, path, field + "=" + raw, "application/x-www-form-urlencoded",
                                b(form(ex.body(), field, raw)));
                    }
                    attempt(e, ex, path, "no fields", "application/x-www-form-urlencoded", new byte[0]);
                    attempt(e, ex, path, "as JSON", "application/json", b("{\"a\":1}"));
                    attempt(e, ex, path + "?zz=%ED%A0%80", "query zz=%ED%A0%80", "application/x-www-form-urlencoded",
                            b(form(ex.body(), null, null)));
                }
                case MULTIPART -> {
                    String field = ex.body().keySet().iterator().next();
                    for (String name : List.of("x".repeat(600) + ".xlsx", XSS + ".pdf", "a\u202Efdp.exe",
                            "..\\..\\etc\\passwd", "🙂.png")) {
                        String rows = fingerprint();
                        String before = read(ex);
                        var r = client(ex.user(), e.api()).postFile(path, field, name, "application/pdf",
                                "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
                        check(e.key() + " file name " + excerpt(name), r, ex, rows, before);
                        lastRows = null;
                    }
                    attempt(e, ex, path, "no parts", "multipart/form-data; boundary=zz", b("--zz--\r\n"));
                    attempt(e, ex, path, "broken multipart", "multipart/form-data; boundary=zz", b("--zz\r\nxx"));
                    attempt(e, ex, path, "no boundary", "multipart/form-data", b("x"));
                }
                case NONE -> {
                    attempt(e, ex, path, "no body", null, null);
                    for (byte[] body : BODIES) {
                        attempt(e, ex, path, "body " + excerpt(new String(body, StandardCharsets.UTF_8)),
                                "application/json", body);
                    }
                }
            }
            // the path's own variables: not numbers, too large, negative
            if (e.pattern().contains("{")) {
                for (String bad : List.of("abc", "99999999999999999999", "%ED%A0%80")) {
                    String p = e.pattern().replaceAll("\\{[^}]+}", Matcher.quoteReplacement(bad));
                    attempt(e, ex, p, "path " + bad, ex.kind() == Kind.JSON ? "application/json" : null,
                            ex.kind() == Kind.JSON ? b(Api.JSON.writeValueAsString(ex.body())) : null);
                }
            }
            if (ex.restore()) {
                // the corpus's accepted values (plain Vietnamese text is valid) saved new versions: put the
                // example back over the current version, and check that it is back, since a page that
                // refuses a form answers 200 with the form again
                Map<String, Object> body = new LinkedHashMap<>(ex.body());
                String page = e.pattern().replaceAll("/edit$", "");
                if (body.containsKey("version")) {
                    body.put("version", formValues(page, "version").get("version"));
                }
                var r = send(e, ex, path, "application/x-www-form-urlencoded", b(form(body, null, null)));
                assertThat(r.status()).as("restoring " + e.key() + ": " + excerpt(r.body())).isLessThan(400);
                Map<String, Object> now = formValues(page, body.keySet().stream().filter(k -> !k.equals("version"))
                        .toArray(String[]::new));
                body.remove("version");
                assertThat(now).as("restored " + page).isEqualTo(body);
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).as(failures.size() + " of " + sent + " requests").isEmpty();
    }

    @Test
    void everyQueryParameterOfEveryGetSurvivesTheCorpus() {
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        for (Endpoint e : endpoints()) {
            if (!"GET".equals(e.method())) {
                continue;
            }
            String user = e.pattern().startsWith("/admin") ? "admin"
                    : e.pattern().contains("/province") ? "ccvc" : "chanhvp";
            Example ex = new Example(user, Kind.NONE, Map.of(), null, false);
            String path = resolve(e.pattern());
            progress(e.key());
            List<String> params = new ArrayList<>();
            for (MethodParameter p : e.handler().getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp == null || Map.class.isAssignableFrom(p.getParameterType())) {
                    continue;
                }
                p.initParameterNameDiscovery(names);
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                params.add(name);
            }
            params.add("page");
            int index = 0;
            for (String param : params) {
                for (String value : sample(TEXT_VALUES, index++).subList(0, 4)) {
                    if (value.length() > 2000) {
                        value = value.substring(0, 2000);
                    }
                    String q = path + "?" + param + "=" + enc(value);
                    check("GET " + e.pattern() + " " + param + "=" + excerpt(value),
                            client(user, e.api()).get(q, e.api() ? "application/json" : "text/html"), ex, null, null);
                }
                String raw = RAW_ENCODED.get(index % RAW_ENCODED.size());
                check("GET " + e.pattern() + " " + param + "=" + raw,
                        client(user, e.api()).get(path + "?" + param + "=" + raw), ex, null, null);
            }
            check("GET " + e.pattern() + " page=999999999", client(user, e.api())
                    .get(path + "?page=999999999&size=200"), ex, null, null);
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).as(failures.size() + " of " + sent + " requests").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------

    /**
     * The values a field gets: {@link #PER_FIELD} of the list, starting at a different place for each
     * field, so an endpoint's fields share the whole list between them and a run stays a few minutes.
     */
    static final int PER_FIELD = 6;

    static <T> List<T> sample(List<T> values, int fieldIndex) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < Math.min(PER_FIELD, values.size()); i++) {
            out.add(values.get((fieldIndex * PER_FIELD + i) % values.size()));
        }
        return out;
    }

    private static String withField(Map<String, Object> body, String field, String rawJson) {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.put(field, "__CORPUS__");
        return Api.JSON.writeValueAsString(m).replace("\"__CORPUS__\"", rawJson);
    }

    /** The example as a form body, with one field's value replaced by an already encoded one. */
    private static String form(Map<String, Object> body, String field, String encoded) {
        return body.entrySet().stream().map(en -> enc(en.getKey()) + "=" + (en.getKey().equals(field) ? encoded
                : enc(String.valueOf(en.getValue() == null ? "" : en.getValue()))))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return Api.JSON.writeValueAsString(s);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
