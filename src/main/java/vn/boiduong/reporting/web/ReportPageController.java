package vn.boiduong.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.reporting.PlanReports;

/**
 * /reports: the official forms of a year's approved plan, each with a link that downloads its XLSX
 * (the same address as the API, which gives a browser the file). Only those who may download the
 * forms see the page; others get the 403 page.
 */
@Controller
class ReportPageController {

    private final PlanReports reports;

    ReportPageController(PlanReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", reports.yearForms(CurrentActor.get(), year));
        return "reports/index";
    }
}
