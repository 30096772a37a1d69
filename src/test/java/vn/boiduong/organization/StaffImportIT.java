package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.boiduong.fixtures.HostileFiles;
import vn.boiduong.fixtures.ImportAgency;
import vn.boiduong.fixtures.StaffWorkbooks;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** Importing staff from Excel over real HTTP: the template, all rows or none, the reasons, the rights. */
class StaffImportIT extends HttpTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String IMPORTS = "/api/v1/staff/imports";

    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;

    @BeforeEach
    void importAgency() {
        ImportAgency.ensure(organization, accounts);
    }

    private Api specialist() {
        return api().as(ImportAgency.SPECIALIST);
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private static long upload(Api api, byte[] file) {
        Api.Response r = api.postFile(IMPORTS, "file", "danh-sach.xlsx", XLSX, file);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("status").asString()).isEqualTo("QUEUED");
        long id = r.json().get("id").asLong();
        assertThat(r.header("Location")).endsWith(IMPORTS + "/" + id);
        return id;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    @Test
    void templateDownloadsAndOpensWithTheVietnameseHeaders() throws Exception {
        Api.Response r = api().as("chuyenvien").get(IMPORTS + "/template.xlsx");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith(XLSX);
        assertThat(r.header("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).isEqualTo(StaffWorkbooks.HEADERS);
            Cell first = header.getCell(0);
            assertThat(wb.getFontAt(first.getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
            assertThat(wb.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(wb.getSheetAt(0).getLastRowNum()).as("no data row to import by mistake").isZero();

            Sheet guide = wb.getSheet("Hướng dẫn");
            assertThat(guide).isNotNull();
            String text = sheetText(guide);
            for (String h : StaffWorkbooks.HEADERS) {
                assertThat(text).contains(h);
            }
            assertThat(text).contains("dd/MM/yyyy").contains("01.001").contains("CB0001")
                    .contains("Nguyễn Văn An").contains("TCBC").contains("Phòng Cải cách hành chính");
        }
        Api.Response page = new Api(baseUrl()).signedIn("chuyenvien").get("/staff/import/template.xlsx");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith(XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(page.bytes()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
        }
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(row -> row.forEach(c -> sb.append(c.toString()).append('\t')));
        return sb.toString();
    }

    @Test
    void goodRowsAreAllSavedAndFoundBySearch() {
        String prefix = unique("OK");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            rows.add(StaffWorkbooks.validRow(i, ImportAgency.UNIT, StaffWorkbooks.code(prefix, i)));
        }
        long id = upload(specialist(), StaffWorkbooks.workbook(rows));

        JsonNode done = ImportPolling.awaitFinished(specialist(), id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("total").asInt()).isEqualTo(4);
        assertThat(done.get("processed").asInt()).isEqualTo(4);
        assertThat(done.get("saved").asInt()).isEqualTo(4);
        assertThat(done.get("errors").size()).isZero();

        JsonNode found = specialist().get("/api/v1/staff?size=50&sort=fullName,asc&q=" + prefix).json();
        assertThat(found.get("totalItems").asInt()).isEqualTo(4);
        JsonNode items = found.get("items");
        assertThat(texts(items, "code")).containsExactlyInAnyOrder(StaffWorkbooks.code(prefix, 1),
                StaffWorkbooks.code(prefix, 2), StaffWorkbooks.code(prefix, 3), StaffWorkbooks.code(prefix, 4));
        // the stored sort key orders names the Vietnamese way, as for a record added by hand
        List<String> names = texts(items, "fullName");
        List<String> expected = new ArrayList<>(names);
        expected.sort(Comparator.comparing(n -> n, VietnameseNames::compare));
        assertThat(names).isEqualTo(expected);
        JsonNode first = byCode(items, StaffWorkbooks.code(prefix, 1));
        assertThat(first.get("fullName").asString()).isEqualTo(StaffWorkbooks.nameOf(1));
        assertThat(first.get("unitName").asString()).isEqualTo("Phòng Nghiệp vụ");
        assertThat(first.get("category").asString()).isEqualTo("CIVIL_SERVANT");
        assertThat(first.get("gradeCode").asString()).isEqualTo("01.003");
        JsonNode second = byCode(items, StaffWorkbooks.code(prefix, 2));
        assertThat(second.get("category").asString()).isEqualTo("PUBLIC_EMPLOYEE");
        assertThat(second.get("professionalTitle").asString()).isEqualTo("Lưu trữ viên");
        assertThat(second.get("birthDate").asString()).as("a real Excel date cell")
                .isEqualTo(((LocalDate) StaffWorkbooks.validRow(2, "", "").get(StaffWorkbooks.BIRTH)).toString());
        assertThat(byCode(items, StaffWorkbooks.code(prefix, 3)).get("category").asString()).isEqualTo("WORKER");

        // found without diacritics, like any staff record
        String folded = VietnameseNames.fold(StaffWorkbooks.nameOf(1));
        JsonNode byName = specialist().get("/api/v1/staff?size=100&q=" + folded.replace(' ', '+')).json();
        assertThat(texts(byName.get("items"), "code")).contains(StaffWorkbooks.code(prefix, 1));

        JsonNode audit = api().as("quantri").get("/api/v1/audit?type=staff-import&id=" + id).json();
        assertThat(audit.get("items").size()).isEqualTo(1);
        assertThat(audit.get("items").get(0).get("action").asString()).isEqualTo("IMPORT");
        assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo(ImportAgency.SPECIALIST);
        assertThat(audit.get("items").get(0).get("detail").asString()).contains("4 cán bộ");
    }

    private static JsonNode byCode(JsonNode items, String code) {
        for (JsonNode n : items) {
            if (n.get("code").asString().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no staff " + code);
    }

    @Test
    void threeBadRowsAmongGoodOnesSaveNothingAndAreListed() {
        String prefix = unique("MIX");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            rows.add(StaffWorkbooks.validRow(i, ImportAgency.UNIT, StaffWorkbooks.code(prefix, i)));
        }
        rows.get(1).set(StaffWorkbooks.NAME, null);          // Excel row 3
        rows.get(3).set(StaffWorkbooks.UNIT, "KHONGCO");     // Excel row 5
        rows.get(6).set(StaffWorkbooks.CATEGORY, "XX");      // Excel row 8
        long id = upload(specialist(), StaffWorkbooks.workbook(rows));

        JsonNode failed = ImportPolling.awaitFinished(specialist(), id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("total").asInt()).isEqualTo(7);
        assertThat(failed.get("saved").asInt()).isZero();
        assertThat(failed.get("message").asString()).contains("3/7").contains("không lưu");
        JsonNode errors = failed.get("errors");
        assertThat(errors.size()).isEqualTo(3);
        assertThat(List.of(errors.get(0).get("row").asInt(), errors.get(1).get("row").asInt(),
                errors.get(2).get("row").asInt())).containsExactly(3, 5, 8);
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Thiếu \"Họ và tên\".");
        assertThat(errors.get(1).get("message").asString())
                .isEqualTo("Không có đơn vị mã \"KHONGCO\" trong cơ quan.");
        assertThat(errors.get(2).get("message").asString()).contains("\"Loại\" phải là CB, CC, VC hoặc NLĐ")
                .contains("XX");

        assertThat(specialist().get("/api/v1/staff?q=" + prefix).json().get("totalItems").asInt())
                .as("all or nothing: the good rows are not saved either").isZero();
        JsonNode audit = api().as("quantri").get("/api/v1/audit?type=staff-import&id=" + id).json();
        assertThat(audit.get("items").get(0).get("action").asString()).isEqualTo("IMPORT_REJECTED");
    }

    @Test
    void everyRowRuleGivesItsOwnVietnameseReason() {
        String prefix = unique("R");
        List<List<Object>> rows = new ArrayList<>();
        int[] n = {0};
        java.util.function.Supplier<List<Object>> good = () -> StaffWorkbooks.validRow(++n[0] * 4 + 1,
                ImportAgency.UNIT, StaffWorkbooks.code(prefix, n[0]));   // i ≡ 1 (mod 4): a civil servant
        List<Object> r;
        rows.add(good.get());                                                       // 2: good
        r = good.get(); r.set(StaffWorkbooks.CODE, rows.get(0).get(0)); rows.add(r); // 3: repeated code
        r = good.get(); r.set(StaffWorkbooks.CODE, ImportAgency.EXISTING_CODE); rows.add(r); // 4
        r = good.get(); r.set(StaffWorkbooks.CODE, "mã có dấu cách"); rows.add(r);  // 5
        r = good.get(); r.set(StaffWorkbooks.BIRTH, "31/02/1980"); rows.add(r);     // 6
        r = good.get(); r.set(StaffWorkbooks.BIRTH, LocalDate.now().plusYears(1)); rows.add(r); // 7
        r = good.get(); r.set(StaffWorkbooks.GRADE, null); rows.add(r);             // 8: CC without grade
        r = good.get(); r.set(StaffWorkbooks.CATEGORY, "VC"); r.set(StaffWorkbooks.TITLE, null); rows.add(r); // 9
        r = good.get(); r.set(StaffWorkbooks.NAME, "Nguyễn " + "Văn ".repeat(40) + "An"); rows.add(r); // 10
        r = good.get(); r.set(StaffWorkbooks.GENDER, "Khác"); rows.add(r);          // 11
        r = good.get(); r.set(StaffWorkbooks.GRADE, "02.001"); rows.add(r);         // 12
        r = good.get(); r.set(StaffWorkbooks.RANK, "V"); rows.add(r);               // 13
        r = good.get(); r.set(6, "Có lẽ"); rows.add(r);                             // 14: ethnic minority
        r = good.get(); r.set(7, "x".repeat(101)); rows.add(r);                     // 15: position
        r = good.get(); r.set(StaffWorkbooks.GENDER, null); r.set(StaffWorkbooks.BIRTH, null); rows.add(r); // 16
        r = good.get(); r.set(StaffWorkbooks.GRADE, 1.003); r.set(StaffWorkbooks.UNIT, "p1"); rows.add(r); // 17: ok
        long id = upload(specialist(), StaffWorkbooks.workbook(rows));

        JsonNode failed = ImportPolling.awaitFinished(specialist(), id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        List<Integer> badRows = new ArrayList<>();
        java.util.Map<Integer, String> reason = new java.util.HashMap<>();
        failed.get("errors").forEach(e -> {
            badRows.add(e.get("row").asInt());
            reason.put(e.get("row").asInt(), e.get("message").asString());
        });
        assertThat(badRows).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(reason.get(3)).contains("trùng với dòng 2");
        assertThat(reason.get(4)).contains("\"" + ImportAgency.EXISTING_CODE + "\" đã có trong hệ thống");
        assertThat(reason.get(5)).contains("\"Mã cán bộ\" chỉ gồm chữ, số");
        assertThat(reason.get(6)).contains("\"Ngày sinh\" không đúng dạng dd/MM/yyyy").contains("31/02/1980");
        assertThat(reason.get(7)).contains("phải trước ngày hôm nay");
        assertThat(reason.get(8)).isEqualTo("Công chức (CC) phải có \"Mã ngạch\".");
        assertThat(reason.get(9)).isEqualTo("Viên chức (VC) phải có \"Chức danh nghề nghiệp\".");
        assertThat(reason.get(10)).contains("\"Họ và tên\" dài quá 150 ký tự");
        assertThat(reason.get(11)).contains("\"Giới tính\" phải là Nam hoặc Nữ");
        assertThat(reason.get(12)).contains("\"Mã ngạch\" phải là một trong");
        assertThat(reason.get(13)).contains("\"Hạng\" phải là I, II, III hoặc IV");
        assertThat(reason.get(14)).contains("\"Dân tộc thiểu số\" phải là Có hoặc Không");
        assertThat(reason.get(15)).contains("\"Chức vụ\" dài quá 100 ký tự");
        assertThat(reason.get(16)).isEqualTo("Thiếu \"Giới tính\"; thiếu \"Ngày sinh\".");
    }

    @Test
    void onlyTheOfficeSpecialistAndTheAdministratorMayImport() {
        byte[] file = StaffWorkbooks.workbook(List.of(List.of("QUYEN1", "Phạm Văn Quyền", "KHONGCO", "CB", "Nam",
                "01/01/1980")));
        for (String user : List.of("tp.cchc", "nhanvien", "chanhvp", "giamdoc")) {
            Api.Response r = api().as(user).postFile(IMPORTS, "file", "ds.xlsx", XLSX, file);
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).contains("không có quyền");
        }
        // the administrator may (a bad row: nothing is saved in the demo agency)
        long id = upload(api().as("admin"), file);
        assertThat(ImportPolling.awaitFinished(api().as("admin"), id).get("status").asString()).isEqualTo("FAILED");
        assertThat(api().as("chuyenvien").get(IMPORTS + "/" + id).status()).isEqualTo(200);
        assertThat(api().as("tp.cchc").get(IMPORTS + "/" + id).status()).isEqualTo(403);
        assertThat(api().as("nhanvien").get(IMPORTS + "/" + id).status()).isEqualTo(403);
        assertThat(specialist().get(IMPORTS + "/" + id).status()).as("another agency's import").isEqualTo(404);
    }

    @Test
    void statusOfAnUnknownImportIs404() {
        Api.Response r = specialist().get(IMPORTS + "/987654321");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("Không tìm thấy");
    }

    @Test
    void theImportPageUploadsAndShowsTheResult() {
        Api browser = new Api(baseUrl()).signedIn(ImportAgency.SPECIALIST);
        Api.Response page = browser.get("/staff/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nhập danh sách cán bộ từ Excel").contains("/staff/import/template.xlsx")
                .contains("multipart/form-data").contains("name=\"_csrf\"").doesNotContain("style=\"");

        String prefix = unique("PG");
        byte[] file = StaffWorkbooks.workbook(List.of(
                StaffWorkbooks.validRow(1, ImportAgency.UNIT, StaffWorkbooks.code(prefix, 1)),
                StaffWorkbooks.validRow(2, ImportAgency.OFFICE, StaffWorkbooks.code(prefix, 2))));
        Api.Response posted = browser.postFile("/staff/import", "file", "trang.xlsx", XLSX, file);
        assertThat(posted.status()).isEqualTo(302);
        Matcher m = Pattern.compile("/staff/import/(\\d+)$").matcher(posted.header("Location"));
        assertThat(m.find()).as(posted.header("Location")).isTrue();
        String id = m.group(1);

        AtomicReference<String> progress = new AtomicReference<>("");
        await("import " + id + " done").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    progress.set(browser.get("/staff/import/" + id + "/progress").body());
                    return progress.get().contains("data-status=\"DONE\"");
                });
        String fragment = progress.get();
        assertThat(fragment).contains("data-status=\"DONE\"").contains("Đã nhập 2 cán bộ mới")
                .contains("data-progress=\"100\"").doesNotContain("hx-trigger");
        Api.Response result = browser.get("/staff/import/" + id);
        assertThat(result.body()).contains("trang.xlsx").contains("Hoàn tất");
        assertThat(browser.get("/staff/import").body()).contains("trang.xlsx");

        Api.Response refused = browser.postFile("/staff/import", "file", "ghi-chu.xlsx", XLSX, HostileFiles.text());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Không nhận tệp này").contains("không phải tệp Excel .xlsx");
    }

    @Test
    void onlyImportersSeeThePageAndTheButton() {
        Api staff = new Api(baseUrl()).signedIn("nhanvien");
        Api.Response forbidden = staff.get("/staff/import");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Bạn không có quyền");
        assertThat(new Api(baseUrl()).signedIn("tp.cchc").get("/staff/import").status()).isEqualTo(403);
        String button = "class=\"btn btn-outline-primary\" href=\"/staff/import\"";
        assertThat(new Api(baseUrl()).signedIn("chuyenvien").get("/staff").body()).contains(button);
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/staff").body())
                .contains("href=\"/staff/new\"").doesNotContain(button).doesNotContain("href=\"/staff/import\"");
    }
}
