package vn.boiduong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.boiduong.fixtures.DeliveryAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/** The budget's pages per role: the allocation page, the institutions page and the class page's budget section. */
class BudgetPagesIT extends HttpTest {

    @Autowired
    OrganizationSetup org;
    @Autowired
    AccountSetup accounts;

    @Test
    void theOfficeAllocatesAnnouncesAndSpendsOnThePagesTheDirectorReadsUnitHeadsDoNotSee() {
        DeliveryAgency a = DeliveryAgency.create(org, accounts, "BPG");
        Api api = new Api(baseUrl());
        List<Long> ids = a.approvedPlan(api, 2026, List.of(DeliveryAgency.hostedItem("Kỹ năng số", 2026, 4, 20, 10_000_000)));
        long c = ids.get(0);
        long plan = api.as(a.chief).get("/api/v1/classes/" + c).json().get("info").get("planId").asLong();
        String page = "/plans/" + plan + "/allocation";

        Api chief = new Api(baseUrl()).signedIn(a.chief);
        assertThat(chief.get("/plans/" + plan).body()).contains(page);
        String html = chief.get(page).body();
        assertThat(html).contains("Phân bổ kinh phí kế hoạch năm 2026", "10.000.000 đ", "Chưa gắn nhu cầu",
                "Lưu phân bổ", "Ban hành");
        chief.refreshCsrf(page);
        var bad = chief.postForm(page, Map.of("newClassId", String.valueOf(c), "newUnitId", String.valueOf(a.unitA),
                "newAmount", "mười triệu"));
        assertThat(bad.status()).isEqualTo(302);
        assertThat(chief.get(page).body()).contains("Số tiền không hợp lệ");
        assertThat(chief.postForm(page, Map.of("newClassId", String.valueOf(c), "newUnitId", String.valueOf(a.unitA),
                "newAmount", "7.500.000")).status()).isEqualTo(302);
        html = chief.get(page).body();
        assertThat(html).contains("Đã lưu phân bổ kinh phí.", "Phòng Nghiệp vụ A", "7.500.000 đ");
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        chief.refreshCsrf(page);
        assertThat(chief.postForm("/plans/" + plan + "/announcement", Map.of("number", "4", "date", "01/02/2026"))
                .status()).isEqualTo(302);
        html = chief.get(page).body();
        assertThat(html).contains("Đã ban hành thông báo.", "04/TB-" + a.code, "01/02/2026", "Lý do điều chỉnh",
                "/api/v1/plans/" + plan + "/announcement.pdf");

        String classPage = "/classes/" + c;
        assertThat(chief.get(classPage).body()).contains("Kinh phí của lớp", "7.500.000 đ", page);
        chief.refreshCsrf(classPage);
        assertThat(chief.postForm(classPage + "/spending", Map.of("line", "MATERIALS", "amount", "1.250.000", "date", today,
                "voucher", "PC-07", "unitId", String.valueOf(a.unitA), "note", "In tài liệu")).status()).isEqualTo(302);
        html = chief.get(classPage).body();
        assertThat(html).contains("Đã ghi khoản chi.", "1.250.000 đ", "6.250.000 đ", "PC-07", "Tài liệu học tập",
                "Chánh Văn phòng " + a.code);

        Api director = new Api(baseUrl()).signedIn(a.director);
        assertThat(director.get(page).body()).contains("7.500.000 đ").doesNotContain("Lưu phân bổ", "Ban hành</button>");
        assertThat(director.get(classPage).body()).contains("Kinh phí của lớp").doesNotContain("Ghi khoản chi");
        assertThat(director.get("/institutions").status()).isEqualTo(200);

        Api head = new Api(baseUrl()).signedIn(a.headA);
        assertThat(head.get(page).status()).isEqualTo(403);
        assertThat(head.get("/plans/" + plan).body()).doesNotContain(page);
        assertThat(head.get(classPage).body()).doesNotContain("Kinh phí của lớp");
        assertThat(head.get("/institutions").status()).isEqualTo(403);

        Api specialist = new Api(baseUrl()).signedIn(a.specialist);
        specialist.refreshCsrf("/institutions");
        assertThat(specialist.postForm("/institutions", Map.of("name", "Trường Chính trị " + a.code, "address",
                "Bắc Giang", "contact", "Phòng Đào tạo", "email", "tct@" + a.code.toLowerCase() + ".test")).status())
                .isEqualTo(302);
        assertThat(specialist.get("/institutions").body()).contains("Đã thêm cơ sở đào tạo.", "Trường Chính trị " + a.code);
        assertThat(new Api(baseUrl()).signedIn(new DeliveryAgency[] {DeliveryAgency.create(org, accounts, "BPO")}[0].chief)
                .get(page).status()).isEqualTo(404);
    }
}
