package vn.boiduong.reporting.report;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;

/** The home page's dashboards as JSON: the same numbers the page shows. */
@RestController
class DashboardApi {

    private final Dashboards dashboards;

    DashboardApi(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Operation(summary = "Bảng điều khiển của trang chủ theo vai trò (Giám đốc: tiến độ B1–B7, kinh phí, hoàn thành, "
            + "giờ bồi dưỡng bắt buộc; Văn phòng: việc trong tuần và quá hạn; trưởng phòng: đơn vị mình); year mặc định năm nay")
    @GetMapping("/api/v1/dashboard")
    Dashboards.DashboardView dashboard(@RequestParam(required = false) Integer year) {
        return dashboards.of(CurrentActor.get(), year);
    }
}
