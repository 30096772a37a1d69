package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** People named in an approved plan's needs are told they are in it, and their home page links their own pages. */
class PlanNamedPeopleIT extends HttpTest {

    @Autowired
    UserDirectory users;

    @Test
    void aPersonNamedInAnApprovedPlansNeedIsToldAndFindsHerOwnPagesFromHome() {
        int year = 2010;
        long staffId = users.staffIdOf(users.actorOf("nhanvien").orElseThrow().userId()).orElseThrow();
        Api head = api().as("tp.cchc");
        long unitId = head.get("/api/v1/me").json().get("unitId").asLong();
        long colleague = head.get("/api/v1/staff?unitId=" + unitId + "&size=50").json().get("items")
                .findValues("id").stream().mapToLong(v -> v.asLong()).filter(id -> id != staffId).findFirst()
                .orElseThrow();
        String rationale = "Khoảng cách năng lực «Kỹ năng số» của người thứ hai: yêu cầu mức 3, hiện mức 1";
        var need = head.postJson("/api/v1/needs", Map.of("year", year, "unitId", unitId, "title",
                "Kỹ năng số cho chuyên viên một cửa", "category", "DIGITAL", "staffIds", List.of(staffId, colleague),
                "estimatedCost", 2_000_000, "rationale", rationale));
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        long needId = need.json().get("id").asLong();
        assertThat(head.postJson("/api/v1/needs/" + needId + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(api().as("chuyenvien").postJson("/api/v1/needs/" + needId + "/accept", Map.of()).status())
                .isEqualTo(200);

        // an act's address opened in the browser (a bookmark, a reload) leads to the need, not to "405"
        var opened = new Api(baseUrl()).signedIn("chuyenvien").get("/needs/" + needId + "/return");
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/needs/" + needId);

        long planId = Plans.open(api().as("chanhvp"), year).get("id").asLong();
        var submitOpened = new Api(baseUrl()).signedIn("chanhvp").get("/plans/" + planId + "/submit");
        assertThat(submitOpened.status()).isEqualTo(302);
        assertThat(submitOpened.header("Location")).endsWith("/plans/" + planId);
        Map<String, Object> item = new java.util.LinkedHashMap<>(Plans.item("Kỹ năng số cho bộ phận một cửa",
                "DIGITAL", null, 20, 15_000_000L));
        item.put("needIds", List.of(needId));
        Plans.addItem(api().as("chanhvp"), planId, item);
        assertThat(api().as("chanhvp").postJson("/api/v1/plans/" + planId + "/submit", Map.of()).status())
                .isEqualTo(200);
        String before = api().as("nhanvien").get("/api/v1/notifications").body();
        assertThat(before).doesNotContain("năm " + year + " đã được phê duyệt");
        var approved = api().as("giamdoc").postJson("/api/v1/plans/" + planId + "/approve",
                Map.of("decisionNumber", "10/QĐ-SNV", "decisionDate", year + "-01-18"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        String notices = api().as("nhanvien").get("/api/v1/notifications").body();
        assertThat(notices).contains("Bạn có tên trong kế hoạch đào tạo, bồi dưỡng năm " + year
                + " đã được phê duyệt: «Kỹ năng số cho chuyên viên một cửa»", "/needs/" + needId);
        // another staff member of the unit, not named, hears nothing of it
        assertThat(api().as("tp.tccb").get("/api/v1/notifications").body()).doesNotContain("Bạn có tên trong");
        // the link of the notice opens for her, and her home page links her own competencies
        Api staff = new Api(baseUrl()).signedIn("nhanvien");
        var page = staff.get("/needs/" + needId);
        assertThat(page.status()).isEqualTo(200);
        // she reads the need that names her, but not the others named in it nor their assessments
        assertThat(page.body()).doesNotContain(rationale);
        var asStaff = api().as("nhanvien").get("/api/v1/needs/" + needId).json();
        assertThat(asStaff.get("staffIds").size()).isEqualTo(1);
        assertThat(asStaff.get("staffIds").get(0).asLong()).isEqualTo(staffId);
        assertThat(asStaff.get("rationale").isNull()).isTrue();
        var listed = api().as("nhanvien").get("/api/v1/needs?year=" + year).json().get("items");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("staffIds").size()).isEqualTo(1);
        assertThat(listed.get(0).get("rationale").isNull()).isTrue();
        // the unit head still reads it whole
        var asHead = head.get("/api/v1/needs/" + needId).json();
        assertThat(asHead.get("staffIds").size()).isEqualTo(2);
        assertThat(asHead.get("rationale").asString()).isEqualTo(rationale);
        String home = staff.get("/").body();
        assertThat(home).contains("href=\"/competencies/staff/" + staffId + "\">Xem năng lực và kết quả đánh giá của bạn")
                .doesNotContain("sắp có");
        assertThat(staff.get("/competencies/staff/" + staffId).status()).isEqualTo(200);
    }
}
