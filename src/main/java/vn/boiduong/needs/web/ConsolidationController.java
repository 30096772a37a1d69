package vn.boiduong.needs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.needs.ConsolidatedNeed;
import vn.boiduong.needs.NeedConsolidation;
import vn.boiduong.needs.NeedPolicy;

/** B2 page: the year's accepted needs grouped, merging and unmerging lines, the XLSX export. */
@Controller
class ConsolidationController {

    private final NeedConsolidation consolidation;
    private final Clock clock;
    private final NeedPolicy policy;

    ConsolidationController(NeedConsolidation consolidation, Clock clock, NeedPolicy policy) {
        this.policy = policy;
        this.consolidation = consolidation;
        this.clock = clock;
    }

    @GetMapping("/needs/consolidation")
    String page(@RequestParam(required = false) Integer year, Model model) {
        Actor actor = CurrentActor.get();
        int y = year != null ? year : LocalDate.now(clock).getYear();
        var summary = consolidation.summary(actor, y);
        model.addAttribute("summary", summary);
        model.addAttribute("costChart", costByCategory(summary));
        model.addAttribute("year", y);
        model.addAttribute("canMerge", policy.merge(actor).isAllowed());
        model.addAttribute("categories", TrainingCategory.values());
        return "needs/consolidation";
    }

    @PostMapping("/needs/consolidation/merge")
    String merge(@RequestParam int year, @RequestParam(required = false) List<Long> needIds,
            @RequestParam(required = false) String title, @RequestParam(required = false) String level,
            RedirectAttributes redirect) {
        try {
            ConsolidatedNeed line = consolidation.merge(CurrentActor.get(), year, needIds, title, level);
            redirect.addFlashAttribute("message", "Đã gộp " + (needIds == null ? 0 : needIds.size())
                    + " nhu cầu vào dòng «" + line.getTitle() + "».");
        } catch (InvalidInputException | IllegalTransitionException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/needs/consolidation?year=" + year;
    }

    @PostMapping("/needs/consolidation/{lineId}/unmerge")
    String unmerge(@PathVariable Long lineId, @RequestParam int year, RedirectAttributes redirect) {
        try {
            consolidation.unmerge(CurrentActor.get(), lineId);
            redirect.addFlashAttribute("message", "Đã bỏ gộp; các nhu cầu trở lại thành dòng riêng.");
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/needs/consolidation?year=" + year;
    }

    /** The year's estimated cost by category, largest first: where the money of the needs goes. */
    static vn.boiduong.common.web.BarChart costByCategory(vn.boiduong.needs.NeedSummary summary) {
        java.util.Map<String, Long> byCategory = new java.util.LinkedHashMap<>();
        summary.items().forEach(l -> byCategory.merge(l.categoryLabel(), l.estimatedCost(), Long::sum));
        var lines = byCategory.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        return vn.boiduong.common.web.BarChart.of("Kinh phí dự kiến theo lĩnh vực", lines,
                java.util.Map.Entry::getKey, java.util.Map.Entry::getValue, vn.boiduong.common.web.PageHelpers::vnd);
    }
}
