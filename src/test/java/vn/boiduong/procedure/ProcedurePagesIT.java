package vn.boiduong.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The pages / and /procedure for every role; the administrator's edit and revision forms. */
class ProcedurePagesIT extends HttpTest {

    static final List<String> EVERY_ROLE = List.of("admin", "giamdoc", "chanhvp", "chuyenvien", "tp.tccb", "tp.cchc",
            "nhanvien");
    static final List<String> NOT_ADMIN = EVERY_ROLE.subList(1, EVERY_ROLE.size());

    @Test
    void everyRoleReadsTheProcedureAsTheSeedLaysItOut() {
        for (String user : EVERY_ROLE) {
            var r = new Api(baseUrl()).signedIn(user).get("/procedure");
            assertThat(r.status()).as(user).isEqualTo(200);
            assertThat(r.body()).as(user).contains("QT.VP.05", "Mã hiệu", "Lần ban hành", "Ngày ban hành", "29/06/2021",
                    "QUY TRÌNH THỰC HIỆN ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG",
                    "Quyết định số 3334/QĐ-SNV ngày 29/6/2021", "Soạn thảo", "Xem xét", "Phê duyệt",
                    "Nguyễn Đức Trung", "Đỗ Ánh Sáng", "Vũ Mạnh Hùng", "Chánh Văn phòng",
                    "Trước 3 ngày", "Trước 1 ngày", "Theo kế hoạch", "Trưởng các phòng, đơn vị thuộc Sở",
                    "Văn phòng/Cơ quan có liên quan", "5.2.7", "Biểu mẫu/Kết quả", "Diễn giải",
                    "Hồ sơ liên quan đến công tác đào tạo", "Lâu dài", "Sửa đổi tài liệu", "Ban hành lần đầu");
            // the seven rows of the flowchart
            assertThat(count(r.body(), "id=\"flow-B")).as(user).isEqualTo(7);
            assertThat(r.body().contains("id=\"document-form\"")).as(user).isEqualTo(user.equals("admin"));
            assertThat(r.body().contains("id=\"revision-form\"")).as(user).isEqualTo(user.equals("admin"));
        }
        // the agency heads the document for a person of the agency
        assertThat(new Api(baseUrl()).signedIn("nhanvien").get("/procedure").body()).contains("SỞ NỘI VỤ");
    }

    @Test
    void everyRoleSeesTheFlowchartAndTheirOwnNextSteps() {
        // the demo's year stands at B5 (its plan is approved, its classes run: DeliveryDemoData), so each
        // role is offered B5's acts and its own pages, no longer B1-B4's
        String classes = "href=\"/classes\">Tổ chức thực hiện các lớp theo kế hoạch đã duyệt (B5)";
        String nominate = "\">Đề cử người của phòng học các lớp đang ghi danh (B5)";
        Map<String, List<String>> todo = Map.of(
                "admin", List.of("href=\"/admin/users\">Quản lý tài khoản", "href=\"/procedure\">Cập nhật quy trình",
                        "href=\"/admin/agency\">Cập nhật thông tin cơ quan, đơn vị"),
                "giamdoc", List.of("href=\"/audit\">Xem nhật ký thay đổi", "role-badge\">Giám đốc Sở"),
                "chanhvp", List.of(classes, "href=\"/audit\"", "href=\"/competencies/analysis\">"),
                "chuyenvien", List.of(classes, "href=\"/staff\">Cập nhật hồ sơ cán bộ",
                        "href=\"/staff/import\">Nhập danh sách từ Excel"),
                "tp.tccb", List.of(nominate, "href=\"/staff\">Xem danh sách cán bộ của phòng",
                        "role-badge\">Trưởng phòng/đơn vị"),
                "tp.cchc", List.of(nominate, "/gaps\">Xem khoảng cách năng lực"),
                "nhanvien", List.of("\">Xem năng lực và kết quả đánh giá của bạn", "href=\"/competencies/staff/"));
        for (String user : EVERY_ROLE) {
            Api session = new Api(baseUrl()).signedIn(user);
            var r = session.get("/");
            assertThat(r.status()).as(user).isEqualTo(200);
            String html = r.body();
            assertThat(html).as(user).contains("QT.VP.05", "Trước 3 ngày", "Trước 1 ngày", "Theo kế hoạch",
                    "Việc bạn cần làm tiếp theo");
            // the demo's plan of this year (DeliveryDemoData) gives the province's due dates; without it, none
            assertThat(html).as(user).containsAnyOf("Chưa có hạn đăng ký kế hoạch của tỉnh",
                    "Đăng ký kế hoạch (B3) trước ngày");
            assertThat(count(html, "class=\"flow-step")).as(user).isEqualTo(7);
            assertThat(html).as(user).contains(todo.get(user).toArray(String[]::new));
            // the page names the same current step as the API, and marks exactly one box as current
            JsonNode progress = api().as(user).get("/api/v1/procedure/progress").json();
            assertThat(progress.get("steps").size()).isEqualTo(7);
            String current = progress.get("currentStep").asString();
            assertThat(html).as(user).contains("Bước hiện tại: " + current);
            assertThat(count(html, "aria-current=\"step\"")).as(user).isEqualTo(1);
            for (JsonNode step : progress.get("steps")) {
                String label = switch (step.get("status").asString()) {
                    case "DONE" -> "Đã hoàn thành";
                    case "IN_PROGRESS" -> "Đang thực hiện";
                    default -> "Chưa bắt đầu";
                };
                assertThat(box(html, step.get("code").asString())).as(user).contains(label);
            }
        }
        // others' tasks are not shown
        assertThat(new Api(baseUrl()).signedIn("nhanvien").get("/").body()).doesNotContain("Quản lý tài khoản",
                "href=\"/plans\">Phê duyệt kế hoạch (B4)");
    }

    @Test
    void homePageShowsEveryStepWithItsResponsibleRoleAndTheYearsStateAsTheModulesReportIt() {
        Map<String, String> roleLabels = Map.of("UNIT_HEAD", "Trưởng phòng/đơn vị", "OFFICE_SPECIALIST",
                "Chuyên viên Văn phòng", "OFFICE_CHIEF", "Chánh Văn phòng", "DIRECTOR", "Giám đốc Sở");
        JsonNode steps = api().as("chanhvp").get("/api/v1/procedure").json().get("steps");
        assertThat(steps.findValuesAsString("code")).containsExactly("B1", "B2", "B3", "B4", "B5", "B6", "B7");
        assertThat(steps.findValuesAsString("actingRole")).containsExactly("UNIT_HEAD", "OFFICE_SPECIALIST",
                "OFFICE_CHIEF", "DIRECTOR", "OFFICE_SPECIALIST", "OFFICE_CHIEF", "OFFICE_SPECIALIST");
        Api chief = new Api(baseUrl()).signedIn("chanhvp");

        // a year no module has anything for: every step not started, B1 current
        int untouched = 2062;
        String empty = chief.get("/?year=" + untouched).body();
        assertThat(empty).contains("Quy trình QT.VP.05 — năm " + untouched, "Đã hoàn thành 0/7 bước",
                "Bước hiện tại: B1 — Xác định nhu cầu đào tạo, bồi dưỡng");
        assertThat(count(empty, "aria-current=\"step\"")).isEqualTo(1);
        assertThat(box(empty, "B1")).contains("current-mark");
        for (JsonNode step : steps) {
            String box = box(empty, step.get("code").asString());
            assertThat(box).as(step.get("code").asString()).contains(step.get("name").asString(),
                    step.get("responsibleLabel").asString(), roleLabels.get(step.get("actingRole").asString()),
                    step.get("output").asString(), "Chưa bắt đầu")
                    .contains(text(step, "deadline") == null ? "Không quy định" : text(step, "deadline"));
        }

        // the needs module reports B1 once the Office opens the year's collection
        int opened = 2063;
        LocalDate due = LocalDate.now().plusDays(7);
        var open = api().as("chuyenvien").postJson("/api/v1/needs/collections", Map.of("year", opened, "dueDate",
                due.toString()));
        assertThat(open.status()).isEqualTo(201);
        String started = chief.get("/?year=" + opened).body();
        assertThat(box(started, "B1")).contains("Đang thực hiện", "current-mark",
                "đơn vị đã gửi nhu cầu, hạn gửi " + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        for (String code : List.of("B2", "B3", "B4", "B5", "B6", "B7")) {
            assertThat(box(started, code)).as(code).contains("Chưa bắt đầu").doesNotContain("current-mark");
        }

        // the current year: each box shows the state and the note the API reports for it
        JsonNode progress = api().as("chanhvp").get("/api/v1/procedure/progress").json();
        assertThat(progress.get("year").asInt()).isEqualTo(LocalDate.now().getYear());
        String home = chief.get("/").body();
        for (JsonNode step : progress.get("steps")) {
            String code = step.get("code").asString();
            String label = switch (step.get("status").asString()) {
                case "DONE" -> "Đã hoàn thành";
                case "IN_PROGRESS" -> "Đang thực hiện";
                default -> "Chưa bắt đầu";
            };
            assertThat(box(home, code)).as(code).contains(label);
            if (text(step, "detail") != null) {
                assertThat(box(home, code)).as(code).contains(text(step, "detail"));
            }
            assertThat(box(home, code).contains("current-mark")).as(code)
                    .isEqualTo(code.equals(progress.get("currentStep").asString()));
        }
    }

    @Test
    void adminEditsTheOffsetsThroughTheFormAndTheChangeIsShownAndAudited() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        try {
            var r = admin.postForm("/procedure/edit", withOffsets(currentForm(), "5", "2"));
            assertThat(r.status()).isEqualTo(302);
            assertThat(r.header("Location")).endsWith("/procedure");
            String page = admin.get("/procedure").body();
            assertThat(page).contains("Đã lưu thông tin quy trình.",
                    "đăng ký (B3) trước 5 ngày và được phê duyệt (B4) trước 2 ngày");
            JsonNode json = api().as("tp.cchc").get("/api/v1/procedure").json();
            assertThat(json.get("offsets").get("registerOffsetDays").asInt()).isEqualTo(5);
            assertThat(json.get("offsets").get("approveOffsetDays").asInt()).isEqualTo(2);
            JsonNode due = api().as("chanhvp").get("/api/v1/procedure/due-dates?registrationDueDate=2027-01-20").json();
            assertThat(due.get("registerBy").asString()).isEqualTo("2027-01-15");
            assertThat(due.get("approveBy").asString()).isEqualTo("2027-01-18");
            // a year without a plan (the demo's own year has one, with its due dates already computed)
            assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/?year=2062").body())
                    .contains("đăng ký (B3) trước 5 ngày, phê duyệt (B4) trước 2 ngày");

            JsonNode audit = api().as("admin").get("/api/v1/audit?type=procedure").json();
            JsonNode last = audit.get("items").get(0);
            assertThat(last.get("type").asString()).isEqualTo("procedure");
            assertThat(last.get("actor").asString()).isEqualTo("admin");
            assertThat(last.get("action").asString()).isEqualTo("UPDATE");
            assertThat(last.get("id").asString()).isEqualTo(json.get("document").get("id").asString());
            assertThat(last.get("detail").asString()).contains("QT.VP.05", "3 → 5", "1 → 2");
        } finally {
            // the context and database are shared by every test class: put the seed's offsets back
            var restore = admin.postForm("/procedure/edit", withOffsets(currentForm(), "3", "1"));
            assertThat(restore.status()).isEqualTo(302);
        }
        assertThat(api().as("admin").get("/api/v1/procedure/due-dates?registrationDueDate=2027-01-20").json()
                .get("registerBy").asString()).isEqualTo("2027-01-17");
    }

    @Test
    void aStaleFormIsRefusedWithoutSaving() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        Map<String, String> form = withOffsets(currentForm(), "4", "1");
        form.put("version", String.valueOf(Long.parseLong(form.get("version")) - 1));
        var r = admin.postForm("/procedure/edit", form);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("đã được người khác sửa");
        assertThat(offsets()).containsExactly(3, 1);
    }

    @Test
    void nonAdministratorsCannotEditOrAddRevisions() {
        long version = document().get("version").asLong();
        int revisions = api().as("admin").get("/api/v1/procedure").json().get("revisions").size();
        for (String user : NOT_ADMIN) {
            Api session = new Api(baseUrl()).signedIn(user);
            var edit = session.postForm("/procedure/edit", withOffsets(currentForm(), "9", "1"));
            assertThat(edit.status()).as(user).isEqualTo(403);
            assertThat(edit.body()).as(user).contains("không có quyền");
            // invalid input is refused the same way: the right is checked before the input
            assertThat(session.postForm("/procedure/edit", Map.of("registerOffsetDays", "abc")).status()).as(user)
                    .isEqualTo(403);
            var rev = session.postForm("/procedure/revisions", revision("Thử của " + user, "02/01/2027"));
            assertThat(rev.status()).as(user).isEqualTo(403);
        }
        assertThat(document().get("version").asLong()).isEqualTo(version);
        assertThat(offsets()).containsExactly(3, 1);
        assertThat(api().as("admin").get("/api/v1/procedure").json().get("revisions").size()).isEqualTo(revisions);
    }

    @Test
    void invalidInputReShowsTheFormWithAVietnameseMessageBesideTheFieldAndSavesNothing() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        long version = document().get("version").asLong();

        var abc = admin.postForm("/procedure/edit", withOffsets(currentForm(), "abc", "1"));
        assertThat(abc.status()).isEqualTo(200);
        assertThat(errorOf(abc.body(), "registerOffsetDays")).isEqualTo("Số ngày phải là số nguyên từ 0 đến 60.");
        assertThat(abc.body()).contains("Biểu mẫu có lỗi").contains("<details id=\"edit\" class=\"card mb-4\" open");

        var negative = admin.postForm("/procedure/edit", withOffsets(currentForm(), "3", "-5"));
        assertThat(errorOf(negative.body(), "approveOffsetDays")).isEqualTo("Số ngày phải là số nguyên từ 0 đến 60.");
        assertThat(errorOf(negative.body(), "registerOffsetDays")).isNull();

        var tooMany = admin.postForm("/procedure/edit", withOffsets(currentForm(), "61", "1"));
        assertThat(errorOf(tooMany.body(), "registerOffsetDays")).isEqualTo("Số ngày phải là số nguyên từ 0 đến 60.");

        var approveAfterRegister = admin.postForm("/procedure/edit", withOffsets(currentForm(), "1", "3"));
        assertThat(errorOf(approveAfterRegister.body(), "approveOffsetDays")).contains("không được lớn hơn");

        Map<String, String> noName = withOffsets(currentForm(), "3", "1");
        noName.put("draftedByName", "  ");
        noName.put("issueDate", "31/02/2021");
        var empty = admin.postForm("/procedure/edit", noName);
        assertThat(errorOf(empty.body(), "draftedByName")).isEqualTo("Họ và tên là bắt buộc.");
        assertThat(errorOf(empty.body(), "issueDate")).contains("Ngày không tồn tại");
        // what the person typed is kept in the re-shown form
        assertThat(empty.body()).contains("value=\"31/02/2021\"");

        Map<String, String> longTitle = withOffsets(currentForm(), "3", "1");
        longTitle.put("title", "x".repeat(301));
        assertThat(errorOf(admin.postForm("/procedure/edit", longTitle).body(), "title"))
                .isEqualTo("Tối đa 300 ký tự.");

        assertThat(document().get("version").asLong()).isEqualTo(version);
        assertThat(document().get("draftedBy").get("name").asString()).isEqualTo("Nguyễn Đức Trung");
        assertThat(offsets()).containsExactly(3, 1);
    }

    @Test
    void adminAddsARevisionThatShowsInTheTableAndTheAuditTrail() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        String request = "Điều chỉnh thời hạn B3 " + System.nanoTime();
        var r = admin.postForm("/procedure/revisions", revision(request, "15/03/2026"));
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/procedure");
        String page = admin.get("/procedure").body();
        assertThat(page).contains(request, "Đã thêm sửa đổi", "15/03/2026", "01/01");
        JsonNode revisions = api().as("nhanvien").get("/api/v1/procedure").json().get("revisions");
        JsonNode added = revisions.get(revisions.size() - 1);
        assertThat(added.get("request").asString()).isEqualTo(request);
        assertThat(added.get("revisionDate").asString()).isEqualTo("2026-03-15");
        assertThat(added.get("createdBy").asString()).isEqualTo("admin");
        JsonNode audit = api().as("admin").get("/api/v1/audit?type=procedure").json().get("items").get(0);
        assertThat(audit.get("action").asString()).isEqualTo("ADD_REVISION");
        assertThat(audit.get("detail").asString()).contains(request);
    }

    @Test
    void anInvalidRevisionIsReShownWithMessagesAndNotSaved() {
        Api admin = new Api(baseUrl()).signedIn("admin");
        int before = api().as("admin").get("/api/v1/procedure").json().get("revisions").size();
        Map<String, String> bad = revision("", "32/13/2026");
        var r = admin.postForm("/procedure/revisions", bad);
        assertThat(r.status()).isEqualTo(200);
        assertThat(errorOf(r.body(), "request")).isEqualTo("Yêu cầu sửa đổi, bổ sung là bắt buộc.");
        assertThat(errorOf(r.body(), "revisionDate")).contains("Ngày không tồn tại");
        assertThat(api().as("admin").get("/api/v1/procedure").json().get("revisions").size()).isEqualTo(before);
    }

    @Test
    void englishInterfaceKeepsTheDocumentsVietnameseText() {
        Api session = new Api(baseUrl()).signedIn("chanhvp");
        var r = session.get("/procedure?lang=en");
        assertThat(r.body()).contains("Document revisions", "Responsibility", "Trước 3 ngày");
        var home = session.get("/");
        assertThat(home.body()).contains("What you have to do next", "Not started");
    }

    // --- helpers ---

    /** A text field of a JSON object, or null when it is null or left out. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private JsonNode document() {
        return api().as("admin").get("/api/v1/procedure").json().get("document");
    }

    private List<Integer> offsets() {
        JsonNode o = api().as("admin").get("/api/v1/procedure").json().get("offsets");
        return List.of(o.get("registerOffsetDays").asInt(), o.get("approveOffsetDays").asInt());
    }

    /** The edit form as the page would post it, filled from the current document. */
    private Map<String, String> currentForm() {
        JsonNode d = document();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", d.get("version").asString());
        f.put("title", d.get("title").asString());
        f.put("issueNumber", d.get("issueNumber").asString());
        String[] ymd = d.get("issueDate").asString().split("-");
        f.put("issueDate", ymd[2] + "/" + ymd[1] + "/" + ymd[0]);
        f.put("issuingDecision", d.get("issuingDecision").asString());
        for (String who : List.of("draftedBy", "reviewedBy", "approvedBy")) {
            f.put(who + "Name", d.get(who).get("name").asString());
            f.put(who + "Title", d.get(who).get("title").asString());
        }
        return f;
    }

    private static Map<String, String> withOffsets(Map<String, String> form, String register, String approve) {
        form.put("registerOffsetDays", register);
        form.put("approveOffsetDays", approve);
        return form;
    }

    private static Map<String, String> revision(String request, String date) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("request", request);
        f.put("section", "5.1 Lưu đồ, B3");
        f.put("description", "Thời hạn đăng ký kế hoạch theo văn bản mới của tỉnh.");
        f.put("issueLabel", "01/01");
        f.put("revisionDate", date);
        return f;
    }

    /** The text of the error element beside a field (id="{field}-err"), or null when there is none. */
    static String errorOf(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-err\" class=\"invalid-feedback\">([^<]*)<")
                .matcher(html);
        if (!m.find()) {
            return null;
        }
        // the field itself is marked invalid and points at the message
        assertThat(html).containsPattern("id=\"" + Pattern.quote(field) + "\"[^>]*is-invalid|class=\"[^\"]*is-invalid[^\"]*\"[^>]*id=\""
                + Pattern.quote(field) + "\"");
        return m.group(1).trim();
    }

    /** The HTML of one box of the home page's flowchart. */
    private static String box(String html, String code) {
        int start = html.indexOf("id=\"step-" + code + "\"");
        assertThat(start).as("box " + code).isPositive();
        int end = html.indexOf("</li>", start);
        return html.substring(start, end);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
