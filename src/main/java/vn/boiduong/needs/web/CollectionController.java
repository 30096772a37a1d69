package vn.boiduong.needs.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.common.Actor;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.needs.NeedCollections;
import vn.boiduong.needs.NeedPolicy;

/** The year's collection of needs (B1): the Office opens it from the list page; the Office and the Director follow it. */
@Controller
class CollectionController {

    private final NeedCollections collections;
    private final NeedPolicy policy;
    private final Clock clock;

    CollectionController(NeedCollections collections, NeedPolicy policy, Clock clock) {
        this.collections = collections;
        this.policy = policy;
        this.clock = clock;
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The Office opens the year's collection (or moves its due date) from the list page. */
    @PostMapping("/needs/collections")
    String open(@RequestParam(required = false) String year, @RequestParam(required = false) String dueDate,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        policy.openCollection(actor).orThrow();
        Integer y = null;
        LocalDate due = null;
        String error = null;
        try {
            y = Integer.valueOf(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            error = "Năm phải là số, ví dụ " + thisYear() + ".";
        }
        try {
            due = vn.boiduong.common.web.DayInputs.parse("dueDate", dueDate);
        } catch (InvalidInputException e) {
            error = "Hạn gửi: " + e.getMessage();
        }
        if (error == null) {
            try {
                NeedCollections.Opened o = collections.open(actor, y, due);
                redirect.addFlashAttribute("message", o.created() ? "Đã mở thu thập nhu cầu năm " + y + "."
                        : "Đã đổi hạn gửi nhu cầu năm " + y + ".");
                return "redirect:/needs/collection?year=" + y;
            } catch (InvalidInputException e) {
                error = String.join(" ", e.errors().stream().map(InvalidInputException.FieldError::message).toList());
            }
        }
        redirect.addFlashAttribute("openError", error);
        redirect.addFlashAttribute("openYear", year);
        redirect.addFlashAttribute("openDueDate", dueDate);
        return "redirect:/needs";
    }

    @GetMapping("/needs/collection")
    String collection(@RequestParam(required = false) Integer year, Model model) {
        Actor actor = CurrentActor.get();
        policy.followCollection(actor).orThrow();
        int y = year != null ? year : collections.all(actor).stream().findFirst()
                .map(NeedCollections.CollectionView::year).orElse(thisYear());
        model.addAttribute("year", y);
        model.addAttribute("progress", collections.progress(actor, y).orElse(null));
        model.addAttribute("canOpen", policy.openCollection(actor).isAllowed());
        model.addAttribute("collections", collections.all(actor));
        return "needs/collection";
    }
}
