package vn.boiduong.reporting.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;
import vn.boiduong.common.web.BarChart;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.competency.CompetencyGaps;
import vn.boiduong.competency.GapMatrix;
import vn.boiduong.delivery.DeliveryFigures;
import vn.boiduong.procedure.HomePanels;
import vn.boiduong.procedure.LateUnits;
import vn.boiduong.procedure.ProcedureProgress;
import vn.boiduong.procedure.YearProgress;

/**
 * The home page's dashboards per role, and their JSON face ({@code GET /api/v1/dashboard}): the same
 * numbers, from delivery's {@link DeliveryFigures} and the procedure's progress.
 * <ul>
 *   <li>the Director: the year's progress B1–B7, budget burn, completion by unit, the share of staff
 *       who met their mandatory hours, the report of the year;</li>
 *   <li>the Office: the classes due this week (starting or ending) and the late ones, the units late
 *       with a due date, the report of the year;</li>
 *   <li>a unit head: the own unit's people, competency gaps, enrolments and hours.</li>
 * </ul>
 */
@Service
public class Dashboards implements HomePanels {

    /** A step of the year. */
    public record StepLine(String code, String name, String status, String statusLabel) {
    }

    /** The report of the year as a dashboard names it (null id: not drafted yet). */
    public record ReportLine(Long id, String status, String statusLabel) {
    }

    public record DirectorPanel(int year, List<StepLine> steps, long stepsDone, DeliveryFigures.YearFigures figures,
            int budgetBurnPercent, int completionPercent, int metHoursPercent, ReportLine report) {

        public BarChart completionChart() {
            return BarChart.of("Tỷ lệ hoàn thành theo phòng, đơn vị (%)",
                    figures.units().stream().filter(u -> u.unitId() != null && u.enrolled() > 0).toList(),
                    DeliveryFigures.UnitFigures::unitName, u -> percent(u.completed(), u.enrolled()), p -> p + "%");
        }

        public BarChart burnChart() {
            return BarChart.of("Kinh phí đã chi so với phân bổ (%)",
                    figures.units().stream().filter(u -> u.allocated() > 0).toList(),
                    DeliveryFigures.UnitFigures::unitName, u -> percent(u.spent(), u.allocated()), p -> p + "%");
        }

        public String allocatedText() {
            return PageHelpers.vnd(figures.allocated());
        }

        public String spentText() {
            return PageHelpers.vnd(figures.spent());
        }
    }

    public record LateStep(String stepCode, LocalDate dueDate, List<String> unitNames, String href) {
    }

    public record OfficePanel(int year, LocalDate from, LocalDate to, List<DeliveryFigures.DueClass> dueThisWeek,
            List<DeliveryFigures.DueClass> late, List<LateStep> lateUnits, ReportLine report) {
    }

    public record UnitPanel(int year, Long unitId, String unitName, long people, long enrolled, long completed,
            long hours, long metHours, long belowHours, Integer peopleWithGaps) {

        public BarChart chart() {
            return BarChart.of("Đơn vị của tôi năm " + year, List.of(
                    new long[] {0, people}, new long[] {1, enrolled}, new long[] {2, completed}, new long[] {3, metHours}),
                    a -> LABELS[(int) a[0]], a -> a[1], String::valueOf);
        }

        private static final String[] LABELS = {"Số người", "Lượt ghi danh", "Lượt hoàn thành", "Đạt giờ bắt buộc"};
    }

    /** What the actor's roles see; a part the actor has no role for is null. */
    public record DashboardView(int year, DirectorPanel director, OfficePanel office, UnitPanel unit) {
    }

    private final ReportPolicy policy;
    private final DeliveryFigures figures;
    private final ProcedureProgress progress;
    private final ResultsReportService reports;
    private final CompetencyGaps gaps;
    private final Clock clock;

    Dashboards(ReportPolicy policy, DeliveryFigures figures, ProcedureProgress progress, ResultsReportService reports,
            CompetencyGaps gaps, Clock clock) {
        this.policy = policy;
        this.figures = figures;
        this.progress = progress;
        this.reports = reports;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** The JSON face: 403 for a role without a dashboard, 400 for a year outside 2000–2100. */
    @Transactional(readOnly = true)
    public DashboardView of(Actor actor, Integer year) {
        policy.dashboard(actor).orThrow();
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw InvalidInputException.of("year", "Năm phải trong khoảng 2000–2100.");
        }
        return build(actor, y, today);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomePanel> panels(Actor actor, int year, LocalDate today) {
        if (!policy.dashboard(actor).isAllowed()) {
            return List.of();
        }
        DashboardView v = build(actor, year, today);
        List<HomePanel> out = new ArrayList<>();
        if (v.director() != null) {
            out.add(new HomePanel("home/dashboard-director", 10, v.director()));
        }
        if (v.office() != null) {
            out.add(new HomePanel("home/dashboard-office", 20, v.office()));
        }
        if (v.unit() != null) {
            out.add(new HomePanel("home/dashboard-unit", 30, v.unit()));
        }
        return out;
    }

    private DashboardView build(Actor actor, int year, LocalDate today) {
        DirectorPanel director = null;
        OfficePanel office = null;
        UnitPanel unit = null;
        ReportLine report = null;
        if (actor.hasAny(Role.DIRECTOR, Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST)) {
            report = reports.ofYear(actor.agencyId(), year)
                    .map(r -> new ReportLine(r.getId(), r.status().name(), r.status().label()))
                    .orElse(new ReportLine(null, null, "Chưa soạn"));
        }
        if (actor.has(Role.DIRECTOR)) {
            YearProgress yp = progress.of(actor.agencyId(), year);
            List<StepLine> steps = yp.steps().stream().map(l -> new StepLine(l.step().getCode(), l.step().getName(),
                    l.state().status().name(), statusLabel(l.state().status().name()))).toList();
            DeliveryFigures.YearFigures f = figures.of(actor.agencyId(), year, null, today);
            director = new DirectorPanel(year, steps, yp.doneCount(), f, percent(f.spent(), f.allocated()),
                    percent(f.completed(), f.enrolled()), percent(f.metHours(), f.staff()), report);
        }
        if (actor.isOffice()) {
            LocalDate to = today.plusDays(6);
            List<DeliveryFigures.DueClass> due = figures.dueBetween(actor.agencyId(), today, to);
            List<LateStep> late = new ArrayList<>();
            for (LateUnits l : progress.lateUnits(actor, year)) {
                late.add(new LateStep(l.stepCode(), l.dueDate(), l.unitNames(), l.href()));
            }
            office = new OfficePanel(year, today, to, due.stream().filter(d -> !d.late()).toList(),
                    due.stream().filter(DeliveryFigures.DueClass::late).toList(), late, report);
        }
        if (actor.has(Role.UNIT_HEAD) && actor.unitId() != null) {
            DeliveryFigures.YearFigures f = figures.of(actor.agencyId(), year, actor.unitId(), today);
            Optional<DeliveryFigures.UnitFigures> own = f.units().stream()
                    .filter(u -> actor.unitId().equals(u.unitId())).findFirst();
            if (own.isPresent()) {
                DeliveryFigures.UnitFigures u = own.get();
                unit = new UnitPanel(year, u.unitId(), u.unitName(), u.staff(), u.enrolled(), u.completed(), u.hours(),
                        u.metHours(), u.staff() - u.metHours(), peopleWithGaps(actor));
            }
        }
        return new DashboardView(year, director, office, unit);
    }

    /** People of the unit with a gap in a required competency now; null when it cannot be told. */
    private Integer peopleWithGaps(Actor actor) {
        try {
            GapMatrix m = gaps.forUnit(actor, actor.unitId(), null);
            return (int) m.staff().stream().filter(s -> s.gaps().stream().anyMatch(g -> g != null && g.gap() > 0))
                    .count();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "DONE" -> "Đã xong";
            case "IN_PROGRESS" -> "Đang thực hiện";
            default -> "Chưa bắt đầu";
        };
    }

    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
