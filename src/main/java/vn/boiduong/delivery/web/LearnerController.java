package vn.boiduong.delivery.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.boiduong.delivery.CourseFeedback;
import vn.boiduong.delivery.MyTraining;

/** The pages /me/training (the own training, the feedback forms) and /calendar (a month of sessions). */
@Controller
class LearnerController {

    private final MyTraining mine;
    private final CourseFeedback feedback;
    private final vn.boiduong.delivery.TrainingRecords records;

    LearnerController(MyTraining mine, CourseFeedback feedback, vn.boiduong.delivery.TrainingRecords records) {
        this.mine = mine;
        this.feedback = feedback;
        this.records = records;
    }

    /** Adds (or changes the level of) one competency the class gives. */
    @PostMapping("/classes/{id}/competencies")
    String link(@PathVariable Long id, @RequestParam(required = false) Long competencyId,
            @RequestParam(required = false) Integer level, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        List<vn.boiduong.delivery.TrainingRecords.LinkData> links = new ArrayList<>(records.competencies(actor, id)
                .stream().filter(k -> !k.competencyId().equals(competencyId))
                .map(k -> new vn.boiduong.delivery.TrainingRecords.LinkData(k.competencyId(), k.level())).toList());
        links.add(new vn.boiduong.delivery.TrainingRecords.LinkData(competencyId, level));
        return links(id, links, redirect);
    }

    @PostMapping("/classes/{id}/competencies/{competencyId}/remove")
    String unlink(@PathVariable Long id, @PathVariable Long competencyId, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        return links(id, records.competencies(actor, id).stream().filter(k -> !k.competencyId().equals(competencyId))
                .map(k -> new vn.boiduong.delivery.TrainingRecords.LinkData(k.competencyId(), k.level())).toList(),
                redirect);
    }

    private String links(Long id, List<vn.boiduong.delivery.TrainingRecords.LinkData> links, RedirectAttributes redirect) {
        try {
            records.linkCompetencies(CurrentActor.get(), id, links);
            redirect.addFlashAttribute("saved", "class.competencies.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message());
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/classes/" + id + "#class-competencies";
    }

    @GetMapping("/me/training")
    String myTraining(Model model) {
        model.addAttribute("mine", mine.mine(CurrentActor.get()));
        return "learner/training";
    }

    @PostMapping("/me/training/classes/{id}/feedback")
    String answer(@PathVariable Long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Long, Integer> scores = new HashMap<>();
        for (CourseFeedback.Question q : feedback.questions()) {
            String v = form.get("q" + q.id());
            if (v != null && v.strip().matches("[0-9]{1,2}")) {
                scores.put(q.id(), Integer.parseInt(v.strip()));
            }
        }
        try {
            feedback.answer(CurrentActor.get(), id, new CourseFeedback.Answer(scores, form.get("comment")));
            redirect.addFlashAttribute("saved", "Đã gửi phiếu đánh giá khóa học. Cảm ơn bạn.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.errors().isEmpty() ? e.getMessage()
                    : e.errors().get(0).message());
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/me/training#class-" + id;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String month, Model model) {
        Actor actor = CurrentActor.get();
        YearMonth m = parse(month);
        MyTraining.Month sessions = mine.month(actor, m);
        model.addAttribute("month", m);
        model.addAttribute("agency", sessions.agency());
        model.addAttribute("sessions", sessions.sessions());
        model.addAttribute("weeks", weeks(m, sessions.sessions()));
        model.addAttribute("previous", m.minusMonths(1).toString());
        model.addAttribute("next", m.plusMonths(1).toString());
        return "learner/calendar";
    }

    private static YearMonth parse(String month) {
        if (month != null) {
            try {
                YearMonth m = YearMonth.parse(month.strip());
                if (m.getYear() >= 1900 && m.getYear() <= 9999) {
                    return m;
                }
            } catch (DateTimeParseException e) {
                // the current month, as for no month at all
            }
        }
        return YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A day of the month grid: the day (null outside the month) and its sessions. */
    record Day(LocalDate date, List<MyTraining.SessionEntry> sessions) {
    }

    /** The month as weeks from Monday, with each day's sessions. */
    static List<List<Day>> weeks(YearMonth m, List<MyTraining.SessionEntry> sessions) {
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate first = m.atDay(1);
        LocalDate day = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        while (!day.isAfter(m.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate d = day;
                week.add(new Day(YearMonth.from(d).equals(m) ? d : null,
                        sessions.stream().filter(s -> s.date().equals(d)).toList()));
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
        return weeks;
    }
}
