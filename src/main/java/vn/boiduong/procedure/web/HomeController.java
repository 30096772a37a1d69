package vn.boiduong.procedure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.procedure.HomePanels;
import vn.boiduong.procedure.NextStep;
import vn.boiduong.procedure.NextSteps;
import vn.boiduong.procedure.ProcedureProgress;
import vn.boiduong.procedure.ProcedureService;
import vn.boiduong.procedure.YearProgress;

/**
 * The home page: the flowchart B1–B7 with where the current year stands, what to do next, and for
 * the Office the units that let a due date of the year pass, and the dashboards that later modules
 * offer each role ({@link HomePanels}).
 */
@Controller
class HomeController {

    private final ProcedureService procedure;
    private final ProcedureProgress progress;
    private final Clock clock;
    private final List<NextSteps> steps;
    private final List<HomePanels> panels;

    HomeController(ProcedureService procedure, ProcedureProgress progress, Clock clock, List<NextSteps> steps,
            List<HomePanels> panels) {
        this.procedure = procedure;
        this.progress = progress;
        this.clock = clock;
        this.steps = steps;
        this.panels = panels;
    }

    /** The current year, or another ({@code ?year=}, as /api/v1/procedure/progress takes it). */
    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, Model model) {
        Actor actor = CurrentActor.get();
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw InvalidInputException.of("year", "Năm phải trong khoảng 2000–2100.");
        }
        YearProgress yp = progress.of(actor.agencyId(), y);
        boolean registerMissed = yp.registerMissed(today);
        boolean approveMissed = yp.approveMissed(today);
        model.addAttribute("doc", procedure.current());
        model.addAttribute("progress", yp);
        model.addAttribute("registerMissed", registerMissed);
        model.addAttribute("approveMissed", approveMissed);
        Map<String, NextStep> offered = new LinkedHashMap<>();
        steps.forEach(s -> s.offeredTo(actor, yp, today).forEach(n -> offered.putIfAbsent(n.key(), n)));
        model.addAttribute("actions", NextActions.of(actor, offered));
        model.addAttribute("roles", actor.roles().stream().sorted().toList());
        model.addAttribute("lateUnits", progress.lateUnits(actor, y));
        model.addAttribute("panels", panels.stream().flatMap(p -> p.panels(actor, y, today).stream())
                .sorted(Comparator.comparingInt(HomePanels.HomePanel::order)).toList());
        return "home/index";
    }
}
