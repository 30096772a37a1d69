package vn.boiduong.procedure.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.procedure.ProcedureProgress;
import vn.boiduong.procedure.ProcedureService;
import vn.boiduong.procedure.YearProgress;

/** The home page: the flowchart B1–B7 with where the current year stands, and what to do next. */
@Controller
class HomeController {

    private final ProcedureService procedure;
    private final ProcedureProgress progress;
    private final Clock clock;

    HomeController(ProcedureService procedure, ProcedureProgress progress, Clock clock) {
        this.procedure = procedure;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.get();
        int year = LocalDate.now(clock).getYear();
        YearProgress yp = progress.of(actor.agencyId(), year);
        model.addAttribute("doc", procedure.current());
        model.addAttribute("progress", yp);
        model.addAttribute("actions", NextActions.of(actor, yp.dueDates()));
        model.addAttribute("roles", actor.roles().stream().sorted().toList());
        return "home/index";
    }
}
