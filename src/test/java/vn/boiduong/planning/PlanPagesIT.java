package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The pages /plans, /plans/{id}, the item form and /classes, role by role. */
class PlanPagesIT extends HttpTest {

    @Test
    void datesAreTypedAsDayMonthYearAndANonexistentDayIsNamedSo() {
        Api chief = new Api(baseUrl()).signedIn("chanhvp");
        String list = chief.get("/plans").body();
        assertThat(list).containsPattern("id=\"registrationDueDate\"[^>]*placeholder=\"dd/MM/yyyy\"")
                .doesNotContain("type=\"date\"");
        var created = chief.postForm("/plans", Map.of("year", "2022", "registrationDueDate", "20/01/2022"));
        assertThat(created.status()).isEqualTo(302);
        String planPath = created.header("Location").replaceAll("^https?://[^/]+", "");
        assertThat(chief.get(planPath).body()).contains("Kế hoạch đào tạo, bồi dưỡng năm 2022", "20/01/2022");

        chief.refreshCsrf(planPath + "/items/new");
        Map<String, String> item = new java.util.HashMap<>(Map.of("title", "Kỹ năng lãnh đạo, quản lý",
                "kind", "HOSTED", "category", "STATE_MANAGEMENT", "level", "PRINCIPAL",
                "targetLearners", "Chuyên viên", "headcount", "12", "startDate", "31/02/2022",
                "endDate", "20/04/2022", "lecturerFees", "10000000", "fundingSource", "LOCAL"));
        var bad = chief.postForm(planPath + "/items", item);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Ngày không tồn tại").contains("value=\"31/02/2022\"")
                .containsPattern("id=\"startDate\"[^>]*is-invalid|is-invalid[^>]*id=\"startDate\"");
        item.put("startDate", "02-04-2022");
        assertThat(chief.postForm(planPath + "/items", item).body()).contains("dd/MM/yyyy")
                .doesNotContain("Ngày không tồn tại");
        item.put("startDate", "01/04/2022");
        assertThat(chief.postForm(planPath + "/items", item).status()).isEqualTo(302);
        String page = chief.get(planPath + "/items/new").body();
        assertThat(page).contains("placeholder=\"dd/MM/yyyy\"").doesNotContain("type=\"date\"");
    }

    @Test
    void chiefOpensAPlanAndAddsAnItemThroughTheForms() {
        Api chief = new Api(baseUrl()).signedIn("chanhvp");
        assertThat(chief.get("/plans").body()).contains("Lập kế hoạch năm mới");
        var created = chief.postForm("/plans", Map.of("year", "2071", "registrationDueDate", "2071-01-20"));
        assertThat(created.status()).isEqualTo(302);
        String planPath = created.header("Location").replaceAll("^https?://[^/]+", "");
        String page = chief.get(planPath).body();
        assertThat(page).contains("Kế hoạch đào tạo, bồi dưỡng năm 2071", "17/01/2071", "19/01/2071", "Dự thảo");

        chief.refreshCsrf(planPath + "/items/new");
        Map<String, String> item = new java.util.HashMap<>(Map.of("title", "Bồi dưỡng ngạch chuyên viên chính",
                "kind", "HOSTED", "category", "STATE_MANAGEMENT", "level", "PRINCIPAL",
                "targetLearners", "Chuyên viên", "headcount", "12", "startDate", "2071-04-01",
                "endDate", "2071-04-20", "lecturerFees", "10000000", "materials", "2000000"));
        item.put("fundingSource", "LOCAL");
        var saved = chief.postForm(planPath + "/items", item);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        page = chief.get(planPath).body();
        assertThat(page).contains("Bồi dưỡng ngạch chuyên viên chính", "Quản lý nhà nước", "CVC", "12.000.000 đ",
                "Thù lao giảng viên", "Trình Giám đốc");

        item.put("endDate", "2071-03-01");
        var bad = chief.postForm(planPath + "/items", item);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Ngày kết thúc không được trước ngày bắt đầu");

        // a registration on another institution's course: the messages stand beside their fields
        item.put("endDate", "2071-04-20");
        item.put("kind", "EXTERNAL");
        item.put("tuition", "9000000");
        var external = chief.postForm(planPath + "/items", item);
        assertThat(external.status()).isEqualTo(200);
        assertThat(external.body()).containsPattern("id=\"institution\"[^>]*is-invalid|is-invalid[^>]*id=\"institution\"")
                .contains("Cử đi học: nhập cơ sở đào tạo tổ chức khóa học.", "Cử đi học chỉ có học phí")
                .containsPattern("id=\"lecturerFees\"[^>]*is-invalid|is-invalid[^>]*id=\"lecturerFees\"");
        item.remove("lecturerFees");
        item.remove("materials");
        item.put("institution", "Học viện Hành chính Quốc gia");
        assertThat(chief.postForm(planPath + "/items", item).status()).isEqualTo(302);
        assertThat(chief.get(planPath).body()).contains("Cử đi học", "9.000.000 đ");
    }

    /** Cost lines are typed as money is on the need page: with dots, plain, or with "đ"; anything else is refused beside its field. */
    @Test
    void costLinesAreTypedAsMoney() {
        long id = Plans.open(api().as("chanhvp"), 2015).get("id").asLong();
        Api chief = new Api(baseUrl()).signedIn("chanhvp");
        String planPath = "/plans/" + id;
        chief.refreshCsrf(planPath + "/items/new");
        Map<String, String> item = new java.util.HashMap<>(Map.of("title", "Kỹ năng số cho công chức",
                "kind", "HOSTED", "category", "DIGITAL", "targetLearners", "Công chức", "headcount", "20",
                "startDate", "2015-04-01", "endDate", "2015-04-03", "fundingSource", "LOCAL"));
        item.put("lecturerFees", "12.000.000");
        item.put("materials", "3000000");
        item.put("hall", "1.500.000 đ");
        var saved = chief.postForm(planPath + "/items", item);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(chief.get(planPath).body()).contains("16.500.000 đ");
        long itemId = api().as("chanhvp").get("/api/v1/plans/" + id).json().get("items").get(0).get("id").asLong();
        assertThat(chief.get(planPath + "/items/" + itemId + "/edit").body())
                .containsPattern("id=\"lecturerFees\"[^>]*value=\"12\\.000\\.000\"|value=\"12\\.000\\.000\"[^>]*id=\"lecturerFees\"");

        item.put("hall", "một triệu rưỡi");
        var bad = chief.postForm(planPath + "/items", item);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Khoản chi phải là số tiền (đồng), ví dụ 12.000.000.")
                .containsPattern("id=\"hall\"[^>]*is-invalid|is-invalid[^>]*id=\"hall\"");
        assertThat(api().as("chanhvp").get("/api/v1/plans/" + id).json().get("items")).hasSize(1);
    }

    @Test
    void directorSeesDecisionFormsOnlyWhenSubmittedAndReturnReasonIsShown() {
        long id = Plans.submitted(api().as("chanhvp"), 2072);
        Api director = new Api(baseUrl()).signedIn("giamdoc");
        assertThat(director.get("/plans/" + id).body()).contains("id=\"approve-form\"", "id=\"return-form\"");
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/plans/" + id).body())
                .doesNotContain("id=\"approve-form\"").doesNotContain("id=\"plan-submit\"");
        var r = director.postForm("/plans/" + id + "/return", Map.of("reason", "Cần bổ sung kinh phí chi tiết"));
        assertThat(r.status()).isEqualTo(302);
        String chiefPage = new Api(baseUrl()).signedIn("chanhvp").get("/plans/" + id).body();
        assertThat(chiefPage).contains("Bị trả lại", "Cần bổ sung kinh phí chi tiết", "id=\"plan-submit\"");
        // a plan whose registration dates are long past shows "quá hạn"
        assertThat(new Api(baseUrl()).signedIn("chanhvp").get("/plans/" + Plans.open(api().as("chanhvp"), 2001)
                .get("id").asLong()).body()).contains("quá hạn");
    }

    @Test
    void staffGets403AndUnitHeadsReadWithoutButtons() {
        long id = Plans.open(api().as("chanhvp"), 2073).get("id").asLong();
        Api staff = new Api(baseUrl()).signedIn("nhanvien");
        assertThat(staff.get("/plans").status()).isEqualTo(403);
        assertThat(staff.get("/plans/" + id).status()).isEqualTo(403);
        assertThat(staff.get("/classes").status()).isEqualTo(403);
        Api head = new Api(baseUrl()).signedIn("tp.cchc");
        String page = head.get("/plans/" + id).body();
        assertThat(page).contains("Kế hoạch đào tạo, bồi dưỡng năm 2073").doesNotContain("id=\"item-add\"");
        assertThat(head.get("/plans/" + id + "/items/new").status()).isEqualTo(403);
        assertThat(head.get("/classes").status()).isEqualTo(200);
    }
}
