package vn.boiduong.delivery.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Paging;
import vn.boiduong.common.web.DayInputs;
import vn.boiduong.delivery.ClassDetail;
import vn.boiduong.delivery.ClassPolicy;
import vn.boiduong.delivery.ClassService;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.delivery.EnrolmentService;
import vn.boiduong.delivery.LecturerRank;
import vn.boiduong.delivery.SessionData;
import vn.boiduong.delivery.TrainingClass;
import vn.boiduong.organization.StaffService;

/** The pages /classes (the list) and /classes/{id} (one class, with its acts as forms). */
@Controller
class ClassController {

    private final ClassService classes;
    private final EnrolmentService enrolments;
    private final StaffService staff;
    private final ClassPolicy policy;
    private final List<ClassPageSection> sections;

    ClassController(ClassService classes, EnrolmentService enrolments, StaffService staff, ClassPolicy policy,
            List<ClassPageSection> sections) {
        this.classes = classes;
        this.enrolments = enrolments;
        this.staff = staff;
        this.policy = policy;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ClassPageSection::order)).toList();
    }

    @GetMapping("/classes")
    String list(@RequestParam(required = false) Long planId, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
        Actor actor = CurrentActor.get();
        ClassStatus st = parseStatus(status);
        String query = q == null ? null : q.strip();
        model.addAttribute("result", classes.list(actor, new ClassService.Filter(planId, year, st, query),
                Paging.of(page, 20, sort, ClassService.SORTABLE, ClassService.DEFAULT_SORT)));
        model.addAttribute("years", classes.years(actor));
        model.addAttribute("statuses", ClassStatus.values());
        model.addAttribute("planId", planId);
        model.addAttribute("year", year);
        model.addAttribute("status", st == null ? null : st.name());
        model.addAttribute("q", query);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/classes").queryParam("planId", planId)
                .queryParam("year", year).queryParam("status", st == null ? null : st.name())
                .queryParam("q", query == null || query.isEmpty() ? null : query);
        model.addAttribute("baseUrl", base.queryParam("sort", sort).encode().build().toUriString());
        return "classes/list";
    }

    private static ClassStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ClassStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/classes/{id}")
    String view(@PathVariable Long id, @RequestParam(required = false) String find, Model model) {
        Actor actor = CurrentActor.get();
        ClassDetail detail = classes.get(actor, id);
        TrainingClass c = classes.readable(actor, id);
        model.addAttribute("detail", detail);
        model.addAttribute("c", detail.info());
        model.addAttribute("can", detail.allowed());
        model.addAttribute("learners", enrolments.enrolments(actor, id));
        model.addAttribute("ranks", LecturerRank.values());
        if (detail.allowed().nominate()) {
            model.addAttribute("candidates", enrolments.candidates(actor, id));
        }
        if (detail.allowed().enrol() && find != null && !find.isBlank()) {
            model.addAttribute("find", find.strip());
            model.addAttribute("found", staff.search(actor, null, find.strip(), true,
                    Paging.of(0, 20, null, Map.of(), StaffService.DEFAULT_SORT)).items());
        }
        model.addAttribute("sections", sections.stream().filter(s -> s.fill(model, actor, c, detail))
                .map(ClassPageSection::template).toList());
        return "classes/view";
    }

    // ---- acts ----

    @PostMapping("/classes/{id}/open")
    String open(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "class.opened", () -> classes.open(CurrentActor.get(), id));
    }

    @PostMapping("/classes/{id}/start")
    String start(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "class.started", () -> classes.start(CurrentActor.get(), id));
    }

    @PostMapping("/classes/{id}/finish")
    String finish(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "class.finished", () -> classes.finish(CurrentActor.get(), id));
    }

    @PostMapping("/classes/{id}/close")
    String close(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "class.closed", () -> classes.close(CurrentActor.get(), id));
    }

    @PostMapping("/classes/{id}/cancel")
    String cancel(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "class.cancelled", () -> classes.cancel(CurrentActor.get(), id, reason));
    }

    @PostMapping("/classes/{id}/capacity")
    String capacity(@PathVariable Long id, @RequestParam(required = false) String headcount,
            RedirectAttributes redirect) {
        return act(id, redirect, "class.capacity.changed", () -> classes.changeCapacity(CurrentActor.get(), id,
                wholeNumber(headcount, "headcount", "Số học viên phải là số nguyên.")));
    }

    @PostMapping("/classes/{id}/sessions")
    String addSession(@PathVariable Long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String startTime, @RequestParam(required = false) String endTime,
            @RequestParam(required = false) String room, @RequestParam(required = false) String topic,
            @RequestParam(required = false) Long lecturerId, RedirectAttributes redirect) {
        return act(id, redirect, "class.session.added", () -> classes.addSession(CurrentActor.get(), id,
                new SessionData(day(date), time(startTime, "startTime"), time(endTime, "endTime"), room, topic,
                        lecturerId)), "#sessions");
    }

    @PostMapping("/classes/{id}/sessions/{sessionId}/delete")
    String removeSession(@PathVariable Long id, @PathVariable Long sessionId, RedirectAttributes redirect) {
        return act(id, redirect, "class.session.removed", () -> classes.removeSession(CurrentActor.get(), id,
                sessionId), "#sessions");
    }

    @PostMapping("/classes/{id}/lecturers")
    String addLecturer(@PathVariable Long id, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String title, @RequestParam(required = false) String rank,
            @RequestParam(required = false) String organisation, RedirectAttributes redirect) {
        return act(id, redirect, "class.lecturer.added", () -> classes.addLecturer(CurrentActor.get(), id,
                new ClassService.LecturerData(null, fullName, title, rank, organisation)), "#lecturers");
    }

    @PostMapping("/classes/{id}/nominations")
    String nominate(@PathVariable Long id, @RequestParam(required = false) List<Long> staffIds,
            RedirectAttributes redirect) {
        return act(id, redirect, "class.nominated.saved", () -> enrolments.nominate(CurrentActor.get(), id, staffIds),
                "#learners");
    }

    @PostMapping("/classes/{id}/enrollments")
    String enrol(@PathVariable Long id, @RequestParam(required = false) List<Long> staffIds,
            RedirectAttributes redirect) {
        return act(id, redirect, "class.enrolled.saved", () -> enrolments.enrol(CurrentActor.get(), id, staffIds),
                "#learners");
    }

    @PostMapping("/classes/{id}/nominations/{staffId}/refuse")
    String refuse(@PathVariable Long id, @PathVariable Long staffId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "class.refused", () -> enrolments.refuse(CurrentActor.get(), id, staffId, reason),
                "#learners");
    }

    private String act(Long id, RedirectAttributes redirect, String savedKey, Runnable action) {
        return act(id, redirect, savedKey, action, "");
    }

    private String act(Long id, RedirectAttributes redirect, String savedKey, Runnable action, String anchor) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", savedKey);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.errors().isEmpty() ? e.getMessage()
                    : e.errors().stream().map(InvalidInputException.FieldError::message)
                            .reduce((a, b) -> a + " " + b).orElse(e.getMessage()));
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "Lớp vừa được người khác thay đổi. Hãy xem lại.");
        }
        return "redirect:/classes/" + id + anchor;
    }

    private static LocalDate day(String text) {
        return DayInputs.parse("date", text);
    }

    private static LocalTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Giờ không hợp lệ, hãy nhập theo dạng HH:mm (ví dụ 07:30).");
        }
    }

    private static Integer wholeNumber(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, message);
        }
    }
}
