package vn.boiduong.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.boiduong.support.HttpTest;

/** The plan's totals and the year's needs as server-drawn SVG bar charts, under the strict CSP. */
class PlanChartsIT extends HttpTest {

    @Test
    void thePlanPageDrawsItsTotalsAsBarsProportionalToTheMoney() {
        long id = Plans.submitted(api().as("chanhvp"), 2087);
        var page = api().signedIn("chanhvp").get("/plans/" + id);
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("aria-label=\"Kinh phí theo lĩnh vực\"", "aria-label=\"Kinh phí theo nguồn\"",
                "aria-label=\"Số người theo đơn vị\"");
        // 120 million (QLNN) is the longest bar, 65 % of the width; 28 million (tin học) 28/120 of it
        assertThat(html).contains("<title>Quản lý nhà nước (theo tiêu chuẩn ngạch): 120.000.000 đ</title>")
                .contains("width=\"65.00%\"").contains("width=\"15.17%\"");
        assertThat(page.header("Content-Security-Policy")).doesNotContain("unsafe-inline");
    }

    @Test
    void theConsolidationPageDrawsTheEstimatedCostByCategory() {
        var page = api().signedIn("chuyenvien").get("/needs/consolidation?year=" + (LocalDate.now().getYear() - 1));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("aria-label=\"Kinh phí dự kiến theo lĩnh vực\"").contains("<rect");
    }
}
