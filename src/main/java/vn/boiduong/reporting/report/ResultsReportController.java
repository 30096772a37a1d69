package vn.boiduong.reporting.report;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Paging;
import vn.boiduong.common.web.BarChart;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.DeliveryFigures;

/**
 * The pages of the report to the Director: {@code /results-reports} (the agency's reports, the chief's
 * form for a new one) and {@code /results-reports/{id}} (figures, charts, the narrative form and the
 * buttons that {@link ReportPolicy} allows).
 */
@Controller
class ResultsReportController {

    private final ResultsReportService reports;

    ResultsReportController(ResultsReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/results-reports")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
        Actor actor = CurrentActor.get();
        if (year != null && (year < 2000 || year > 2100)) {
            throw InvalidInputException.of("year", "Năm phải trong khoảng 2000–2100.");
        }
        ReportStatus st = parseStatus(status);
        model.addAttribute("result", reports.list(actor, year, st, Paging.of(page, 20, sort,
                ResultsReportService.SORTABLE, ResultsReportService.DEFAULT_SORT)));
        model.addAttribute("year", year);
        model.addAttribute("status", st == null ? null : st.name());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("mayDraft", reports.mayDraft(actor));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/results-reports").queryParam("year", year)
                .queryParam("status", st == null ? null : st.name()).queryParam("sort", sort).encode().build()
                .toUriString());
        return "results-reports/list";
    }

    static ReportStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReportStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "Trạng thái không hợp lệ.");
        }
    }

    @PostMapping("/results-reports")
    String create(@RequestParam(required = false) String year, RedirectAttributes redirect) {
        try {
            Integer y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
            var v = reports.create(CurrentActor.get(), y);
            redirect.addFlashAttribute("saved", "Đã tạo báo cáo kết quả năm " + v.year() + ".");
            return "redirect:/results-reports/" + v.id();
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "Năm phải là một số trong khoảng 2000–2100.");
        } catch (InvalidInputException | IllegalTransitionException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/results-reports";
    }

    @GetMapping("/results-reports/{id}")
    String view(@PathVariable Long id, Model model) {
        var v = reports.get(CurrentActor.get(), id);
        model.addAttribute("r", v);
        model.addAttribute("can", v.allowed());
        DeliveryFigures.YearFigures f = v.figures();
        List<DeliveryFigures.UnitFigures> people = f.units().stream().filter(u -> u.unitId() != null).toList();
        model.addAttribute("completionChart", BarChart.of("Tỷ lệ hoàn thành theo phòng, đơn vị (%)", people,
                DeliveryFigures.UnitFigures::unitName, u -> u.enrolled() == 0 ? 0 : Math.round(u.completed() * 100.0
                        / u.enrolled()), p -> p + "%"));
        model.addAttribute("spendingChart", BarChart.of("Kinh phí đã chi theo phòng, đơn vị", f.units(),
                DeliveryFigures.UnitFigures::unitName, DeliveryFigures.UnitFigures::spent, PageHelpers::vnd));
        return "results-reports/view";
    }

    @PostMapping("/results-reports/{id}")
    String edit(@PathVariable Long id, @RequestParam(required = false) String generalAssessment,
            @RequestParam(required = false) String achievements, @RequestParam(required = false) String shortcomings,
            @RequestParam(required = false) String proposals, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "Đã lưu nội dung báo cáo.", () -> reports.edit(CurrentActor.get(), id,
                new ResultsReport.Narrative(generalAssessment, achievements, shortcomings, proposals), version));
    }

    @PostMapping("/results-reports/{id}/submit")
    String submit(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "Đã trình Giám đốc báo cáo.", () -> reports.submit(CurrentActor.get(), id));
    }

    @PostMapping("/results-reports/{id}/return")
    String returnIt(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "Đã trả lại báo cáo cho Chánh Văn phòng.",
                () -> reports.returnIt(CurrentActor.get(), id, reason));
    }

    @PostMapping("/results-reports/{id}/acknowledge")
    String acknowledge(@PathVariable Long id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(id, redirect, "Đã cho ý kiến và tiếp nhận báo cáo.",
                () -> reports.acknowledge(CurrentActor.get(), id, comment));
    }

    private String act(Long id, RedirectAttributes redirect, String saved, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", saved);
        } catch (InvalidInputException | IllegalTransitionException e) {
            redirect.addFlashAttribute("error", message(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "Báo cáo vừa được người khác thay đổi. Hãy xem lại.");
        }
        return "redirect:/results-reports/" + id;
    }

    private static String message(RuntimeException e) {
        if (e instanceof InvalidInputException i && !i.errors().isEmpty()) {
            return i.errors().stream().map(InvalidInputException.FieldError::message).reduce((a, b) -> a + " " + b)
                    .orElse(e.getMessage());
        }
        return e.getMessage();
    }
}
