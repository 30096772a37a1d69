package vn.boiduong.reporting.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.common.web.BarChart;
import vn.boiduong.common.web.DayInputs;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.ClassService;
import vn.boiduong.organization.UnitService;
import vn.boiduong.reporting.SupervisionStatus;

/**
 * The pages of B6's supervision: /plans/{id}/supervision (planned against actual, with filters, sorting,
 * paging, totals and charts), /supervision-visits (the list), the form that records a visit and a
 * visit's page with its requests; the buttons are those {@code SupervisionPolicy} allows.
 */
@Controller
class SupervisionPages {

    static final Map<String, String> SORT_LABELS = linked("startDate,asc", "Ngày bắt đầu (sớm trước)", "startDate,desc",
            "Ngày bắt đầu (muộn trước)", "title,asc", "Tên nội dung (A–Z)", "status,asc", "Trạng thái",
            "completed,desc", "Số hoàn thành (nhiều trước)", "spent,desc", "Kinh phí đã chi (nhiều trước)");
    static final Map<String, String> VISIT_SORT_LABELS = linked("date,desc", "Ngày kiểm tra (mới trước)", "date,asc",
            "Ngày kiểm tra (cũ trước)", "subject,asc", "Đối tượng (A–Z)", "status,asc", "Trạng thái");

    private final PlanSupervision supervision;
    private final SupervisionVisits visits;
    private final UnitService units;
    private final ClassService classes;
    private final java.time.Clock clock;

    SupervisionPages(PlanSupervision supervision, SupervisionVisits visits, UnitService units, ClassService classes,
            java.time.Clock clock) {
        this.clock = clock;
        this.supervision = supervision;
        this.visits = visits;
        this.units = units;
        this.classes = classes;
    }

    @GetMapping("/plans/{id}/supervision")
    String supervision(@PathVariable Long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        Actor actor = CurrentActor.get();
        SupervisionStatus st = parse(SupervisionStatus.class, "status", status);
        TrainingCategory cat = parse(TrainingCategory.class, "category", category);
        LocalDate day = asOf == null || asOf.isBlank() ? null : DayInputs.parse("asOf", asOf);
        String order = sort == null || sort.isBlank() ? null : sort;
        PlanSupervision.Report r = supervision.report(actor, id, day, new PlanSupervision.Filter(st, unitId, cat),
                Paging.of(page, 20, order, PlanSupervision.SORTABLE, PlanSupervision.DEFAULT_SORT));
        model.addAttribute("r", r);
        model.addAttribute("statuses", SupervisionStatus.values());
        model.addAttribute("categories", TrainingCategory.values());
        model.addAttribute("units", units.unitsOf(actor));
        model.addAttribute("sorts", SORT_LABELS);
        model.addAttribute("status", st == null ? null : st.name());
        model.addAttribute("unitId", unitId);
        model.addAttribute("category", cat == null ? null : cat.name());
        model.addAttribute("sort", order);
        model.addAttribute("asOf", asOf == null || asOf.isBlank() ? null : PageHelpers.DATE.format(day));
        List<PlanSupervision.UnitRow> bars = new ArrayList<>();
        bars.add(new PlanSupervision.UnitRow(null, "Cả kế hoạch", r.totals()));
        bars.addAll(r.units());
        model.addAttribute("completionChart", chart("Học viên hoàn thành (so với ghi danh và kế hoạch)", bars,
                u -> u.figures().completed(), u -> u.figures().completed() + " hoàn thành / " + u.figures().enrolled()
                        + " ghi danh / " + u.figures().learnersPlanned() + " kế hoạch"));
        model.addAttribute("burnChart", chart("Kinh phí đã chi (so với phân bổ và kế hoạch)", bars,
                u -> u.figures().spent(), u -> PageHelpers.vnd(u.figures().spent()) + " đã chi / "
                        + PageHelpers.vnd(u.figures().allocated()) + " phân bổ / " + PageHelpers.vnd(u.figures().budgetPlanned())
                        + " kế hoạch (" + u.figures().burnPercent() + " %)"));
        List<Map.Entry<SupervisionStatus, Long>> counts = new ArrayList<>(r.statusCounts().entrySet());
        model.addAttribute("statusChart", BarChart.of("Số nội dung theo trạng thái", counts, e -> e.getKey().label(),
                Map.Entry::getValue, v -> String.valueOf(v)));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/plans/" + id + "/supervision")
                .queryParam("status", st == null ? null : st.name()).queryParam("unitId", unitId)
                .queryParam("category", cat == null ? null : cat.name()).queryParam("asOf", model.getAttribute("asOf"))
                .queryParam("sort", order).encode().build().toUriString());
        return "supervision/plan";
    }

    @GetMapping("/supervision-visits")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
        Actor actor = CurrentActor.get();
        String query = q == null ? null : q.strip();
        String st = status == null || status.isBlank() ? null : status.strip();
        String order = sort == null || sort.isBlank() ? null : sort;
        model.addAttribute("result", visits.list(actor, query, st, Paging.of(page, 20, order, SupervisionVisits.SORTABLE,
                SupervisionVisits.DEFAULT_SORT)));
        model.addAttribute("q", query);
        model.addAttribute("status", st);
        model.addAttribute("sort", order);
        model.addAttribute("sorts", VISIT_SORT_LABELS);
        model.addAttribute("mayRecord", visits.mayRecord(actor));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/supervision-visits")
                .queryParam("q", query == null || query.isEmpty() ? null : query).queryParam("status", st)
                .queryParam("sort", order).encode().build().toUriString());
        return "supervision/visits";
    }

    @GetMapping("/supervision-visits/new")
    String form(@RequestParam(required = false) Long classId, @RequestParam(required = false) Long unitId,
            Model model) {
        Actor actor = CurrentActor.get();
        if (!visits.mayRecord(actor)) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (classId != null) {
            values.put("subject", "class:" + classId);
        } else if (unitId != null) {
            values.put("subject", "unit:" + unitId);
        }
        values.put("date", PageHelpers.DATE.format(LocalDate.now(clock)));
        return renderForm(actor, model, values, List.of());
    }

    @PostMapping("/supervision-visits")
    String record(@RequestParam MultiValueMap<String, String> form, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        if (!visits.mayRecord(actor)) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!k.startsWith("_") && !v.isEmpty()) {
                values.put(k, v.get(0));
            }
        });
        try {
            SupervisionVisits.VisitInput in = input(values);
            SupervisionVisits.VisitView v = visits.record(actor, in);
            return "redirect:/supervision-visits/" + v.id() + "?recorded";
        } catch (InvalidInputException e) {
            List<String> errors = e.errors().isEmpty() ? List.of(e.getMessage())
                    : e.errors().stream().map(InvalidInputException.FieldError::message).toList();
            response.setStatus(400);
            return renderForm(actor, model, values, errors);
        }
    }

    private String renderForm(Actor actor, Model model, Map<String, String> values, List<String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("units", units.unitsOf(actor));
        model.addAttribute("classes", classes.list(actor, new ClassService.Filter(null, null, null, null),
                Paging.of(0, Paging.MAX_SIZE, "startDate,desc", ClassService.SORTABLE, ClassService.DEFAULT_SORT))
                .items());
        model.addAttribute("requestRows", List.of(0, 1, 2, 3, 4));
        return "supervision/visit-form";
    }

    /** The form's fields as the service's input: dates dd/MM/yyyy, the subject "class:ID" or "unit:ID". */
    static SupervisionVisits.VisitInput input(Map<String, String> f) {
        Long classId = null;
        Long unitId = null;
        String subject = f.getOrDefault("subject", "");
        try {
            if (subject.startsWith("class:")) {
                classId = Long.valueOf(subject.substring(6));
            } else if (subject.startsWith("unit:")) {
                unitId = Long.valueOf(subject.substring(5));
            }
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("subject", "Đối tượng kiểm tra không hợp lệ.");
        }
        LocalDate date = DayInputs.parse("date", f.get("date"));
        List<SupervisionVisits.CriterionInput> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            String met = f.get("met_" + c.name());
            if (met == null || met.isBlank()) {
                continue;
            }
            criteria.add(new SupervisionVisits.CriterionInput(c.name(), "true".equals(met), f.get("note_" + c.name())));
        }
        List<SupervisionVisits.RequestInput> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = f.get("reqText_" + i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Long owner;
            try {
                String u = f.get("reqUnit_" + i);
                owner = u == null || u.isBlank() ? null : Long.valueOf(u.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("requests[" + i + "].ownerUnitId", "Phòng/đơn vị không hợp lệ.");
            }
            String due = f.get("reqDue_" + i);
            requests.add(new SupervisionVisits.RequestInput(text, owner, due == null || due.isBlank() ? null
                    : DayInputs.parse("requests[" + i + "].dueDate", due)));
        }
        return new SupervisionVisits.VisitInput(classId, unitId, date, criteria, f.get("findings"), requests);
    }

    @GetMapping("/supervision-visits/{id}")
    String visit(@PathVariable Long id, Model model) {
        model.addAttribute("v", visits.get(CurrentActor.get(), id));
        return "supervision/visit";
    }

    @GetMapping("/supervision-visits/requests/{requestId}")
    String request(@PathVariable Long requestId) {
        return "redirect:/supervision-visits/" + visits.visitOfRequest(CurrentActor.get(), requestId) + "#request-"
                + requestId;
    }

    @PostMapping("/supervision-visits/{id}/close")
    String close(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "Đã kết thúc đợt kiểm tra.", () -> visits.close(CurrentActor.get(), id));
    }

    @PostMapping("/supervision-visits/{id}/requests/{requestId}/close")
    String closeRequest(@PathVariable Long id, @PathVariable Long requestId, RedirectAttributes redirect) {
        return act(id, redirect, "Đã đóng kiến nghị.", () -> visits.closeRequest(CurrentActor.get(), id, requestId));
    }

    private static String act(Long id, RedirectAttributes redirect, String saved, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("visitSaved", saved);
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("visitError", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("visitError", "Dữ liệu vừa được người khác thay đổi. Hãy xem lại.");
        }
        return "redirect:/supervision-visits/" + id;
    }

    /** Bars of the units (the whole plan first): the value drawn, and a caption that sets it beside its plan. */
    static BarChart chart(String title, List<PlanSupervision.UnitRow> rows,
            java.util.function.ToLongFunction<PlanSupervision.UnitRow> value,
            java.util.function.Function<PlanSupervision.UnitRow, String> display) {
        long max = rows.stream().mapToLong(value).max().orElse(0);
        List<BarChart.Bar> out = new ArrayList<>();
        for (PlanSupervision.UnitRow u : rows) {
            long v = value.applyAsLong(u);
            String full = u.unitName();
            String label = full.length() > 60 ? full.substring(0, 59) + "…" : full;
            out.add(new BarChart.Bar(label, full, v, display.apply(u), max <= 0 ? 0 : 100.0 * v / max));
        }
        return new BarChart(title, out);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Giá trị lọc không hợp lệ.");
        }
    }

    private static Map<String, String> linked(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

}
