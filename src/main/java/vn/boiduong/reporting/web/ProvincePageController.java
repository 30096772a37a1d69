package vn.boiduong.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.reporting.ProvinceReports;

/**
 * /province: the province officer's page — the year's agencies (plan approved or not, results or
 * none), the province's forms to download, and each agency's own forms (drill-down, read only).
 */
@Controller
class ProvincePageController {

    private final ProvinceReports reports;

    ProvincePageController(ProvinceReports reports) {
        this.reports = reports;
    }

    @GetMapping("/province")
    String province(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", reports.overview(CurrentActor.get(), year));
        return "reports/province";
    }

    @GetMapping("/province/agencies/{agencyId}")
    String agency(@PathVariable Long agencyId, @RequestParam(required = false) Integer year, Model model) {
        var page = reports.overview(CurrentActor.get(), year);
        model.addAttribute("page", page);
        model.addAttribute("agency", page.agencies().stream().filter(a -> a.agencyId().equals(agencyId)).findFirst()
                .orElseThrow(() -> new vn.boiduong.common.NotFoundException("cơ quan")));
        return "reports/province-agency";
    }
}
