package vn.boiduong.reporting.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.delivery.ClassService;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.delivery.PlanFigures;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.ServedNeed;
import vn.boiduong.planning.PlanHeader;
import vn.boiduong.planning.UnitShare;
import vn.boiduong.reporting.SupervisionPolicy;
import vn.boiduong.reporting.SupervisionStatus;

/**
 * B6, planned against actual (QT.VP.05 5.2.6): per item of an approved plan and per unit, the classes
 * held, the learners planned / enrolled / completed, the budget planned / allocated / spent, the dates
 * planned and actual, and a status by the rules in force ({@link StatusRule}, data). Figures come from
 * delivery's aggregate queries ({@link PlanFigures}); a unit's share of an item's planned learners and
 * budget is planning's split by the needs the item serves ({@link UnitShare}), so the units' rows add
 * up to the items' rows. Totals are the sums of the rows they total.
 */
@Service
@Transactional(readOnly = true)
public class PlanSupervision {

    public static final String UNASSIGNED = "Không gắn đơn vị";
    /** The columns the items may be sorted by, as the API names them. */
    public static final Map<String, String> SORTABLE = Map.of("title", "title", "startDate", "startDate", "status",
            "status", "enrolled", "enrolled", "completed", "completed", "spent", "spent", "budget", "budget");
    public static final Sort DEFAULT_SORT = Sort.by("startDate");

    /** Counts and money of a set of items (one item, one unit, a total). */
    public record Figures(int items, int held, long learnersPlanned, long enrolled, long completed, long budgetPlanned,
            long allocated, long spent) {

        static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(items + o.items, held + o.held, learnersPlanned + o.learnersPlanned, enrolled + o.enrolled,
                    completed + o.completed, budgetPlanned + o.budgetPlanned, allocated + o.allocated, spent + o.spent);
        }

        /** Learners who completed, in % of those planned (0 when none was planned). */
        @com.fasterxml.jackson.annotation.JsonProperty("completionPercent")
        public int completionPercent() {
            return learnersPlanned == 0 ? 0 : (int) Math.round(100.0 * completed / learnersPlanned);
        }

        /** Money spent, in % of the planned budget (0 when none was planned). */
        @com.fasterxml.jackson.annotation.JsonProperty("burnPercent")
        public int burnPercent() {
            return budgetPlanned == 0 ? 0 : (int) Math.round(100.0 * spent / budgetPlanned);
        }
    }

    public record ItemRow(Long classId, Long planItemId, String title, TrainingCategory category, String categoryLabel,
            String kindLabel, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
            ClassStatus classStatus, String classStatusLabel, SupervisionStatus status, String statusLabel,
            Figures figures) {
    }

    public record UnitRow(Long unitId, String unitName, Figures figures) {
    }

    public record Rule(LocalDate effectiveFrom, int lateAfterDays, int atRiskDaysBefore, int atRiskEnrolmentPercent,
            String source) {
    }

    public record Filter(SupervisionStatus status, Long unitId, TrainingCategory category) {
    }

    /** The supervision of a plan: one page of items, the totals of every item filtered, the units, the counts. */
    public record Report(Long planId, int year, LocalDate asOf, Rule rule, Filter filter, PageResponse<ItemRow> items,
            Figures totals, List<UnitRow> units, Figures unitTotals, Map<SupervisionStatus, Long> statusCounts) {
    }

    private final PlanService plans;
    private final ClassService classes;
    private final UnitService units;
    private final StatusRules rules;
    private final SupervisionPolicy policy;
    private final Clock clock;

    PlanSupervision(PlanService plans, ClassService classes, UnitService units, StatusRules rules,
            SupervisionPolicy policy, Clock clock) {
        this.plans = plans;
        this.classes = classes;
        this.units = units;
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
    }

    /** May the actor read the supervision (the plan page's link asks it). */
    public boolean mayRead(Actor actor) {
        return policy.readSupervision(actor).isAllowed();
    }

    /**
     * The supervision of plan {@code planId} as of {@code asOf} (today when null): 403 without the
     * right, 404 for another agency's plan or unit, 400 for a bad filter, 409 for a plan not approved.
     */
    public Report report(Actor actor, Long planId, LocalDate asOf, Filter filter, Pageable pageable) {
        policy.readSupervision(actor).orThrow();
        PlanHeader plan = plans.header(actor, planId);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        if (day.getYear() < 1900 || day.getYear() > 2100) {
            throw InvalidInputException.of("asOf", "Ngày phải trong khoảng năm 1900–2100.");
        }
        Map<Long, String> unitNames = new HashMap<>();
        for (Unit u : units.unitsOf(actor)) {
            unitNames.put(u.getId(), u.getName());
        }
        if (filter.unitId() != null && !unitNames.containsKey(filter.unitId())) {
            units.visibleUnit(actor, filter.unitId()); // 404: not a unit of the actor's agency
        }
        if (plan.status() != PlanStatus.APPROVED) {
            throw new IllegalTransitionException("Chỉ giám sát được kế hoạch đã được phê duyệt (kế hoạch này: "
                    + plan.status().label().toLowerCase() + ").");
        }
        StatusRule rule = rules.inForce(day);
        PlanFigures f = classes.figuresOf(planId);
        Map<Long, ServedNeed> needs = plans.acceptedNeeds(plan.agencyId(), plan.year());

        // cells per class and unit (null: not tied to a unit): planned learners, enrolled, completed,
        // planned budget, allocated, spent
        Map<Long, Map<Long, long[]>> cells = new HashMap<>();
        Map<Long, List<ServedNeed>> served = new HashMap<>();
        for (PlanFigures.ClassNeed cn : f.needs()) {
            ServedNeed n = needs.get(cn.needId());
            if (n != null) {
                served.computeIfAbsent(cn.classId(), k -> new ArrayList<>()).add(n);
            }
        }
        for (PlanFigures.ClassLine c : f.classes()) {
            for (UnitShare s : UnitShare.split(c.headcount(), c.budget(), served.getOrDefault(c.classId(), List.of()))) {
                long[] cell = cell(cells, c.classId(), s.unitId());
                cell[0] += s.headcount();
                cell[3] += s.budget();
            }
        }
        Map<Long, Long> enrolledByClass = new HashMap<>();
        for (PlanFigures.UnitLearners l : f.learners()) {
            long[] cell = cell(cells, l.classId(), l.unitId());
            cell[1] += l.enrolled();
            cell[2] += l.completed();
            enrolledByClass.merge(l.classId(), l.enrolled(), Long::sum);
        }
        for (PlanFigures.UnitMoney m : f.money()) {
            long[] cell = cell(cells, m.classId(), m.unitId());
            cell[4] += m.allocated();
            cell[5] += m.spent();
        }

        List<ItemRow> rows = new ArrayList<>();
        Map<Long, Figures> unitFigures = new LinkedHashMap<>();
        Map<SupervisionStatus, Long> counts = new EnumMap<>(SupervisionStatus.class);
        for (SupervisionStatus s : SupervisionStatus.values()) {
            counts.put(s, 0L);
        }
        for (PlanFigures.ClassLine c : f.classes()) {
            if (filter.category() != null && c.category() != filter.category()) {
                continue;
            }
            SupervisionStatus status = rule.statusOf(new StatusRule.Facts(c.status(), c.startDate(), c.endDate(),
                    c.headcount(), enrolledByClass.getOrDefault(c.classId(), 0L)), day);
            if (filter.status() != null && status != filter.status()) {
                continue;
            }
            int held = c.status() == ClassStatus.IN_PROGRESS || c.status() == ClassStatus.FINISHED
                    || c.status() == ClassStatus.CLOSED ? 1 : 0;
            Map<Long, long[]> byUnit = cells.getOrDefault(c.classId(), Map.of());
            Figures item;
            if (filter.unitId() != null) {
                long[] cell = byUnit.get(filter.unitId());
                if (cell == null) {
                    continue;
                }
                item = figures(held, cell);
                unitFigures.merge(filter.unitId(), item, Figures::plus);
            } else {
                item = Figures.ZERO;
                for (Map.Entry<Long, long[]> e : byUnit.entrySet()) {
                    Figures uf = figures(held, e.getValue());
                    item = item.plus(new Figures(0, 0, uf.learnersPlanned(), uf.enrolled(), uf.completed(),
                            uf.budgetPlanned(), uf.allocated(), uf.spent()));
                    unitFigures.merge(e.getKey() == null ? 0L : e.getKey(), uf, Figures::plus);
                }
                item = new Figures(1, held, item.learnersPlanned(), item.enrolled(), item.completed(),
                        item.budgetPlanned(), item.allocated(), item.spent());
            }
            counts.merge(status, 1L, Long::sum);
            boolean done = status == SupervisionStatus.DONE;
            rows.add(new ItemRow(c.classId(), c.planItemId(), c.title(), c.category(), c.category().label(),
                    c.kind().label(), c.startDate(), c.endDate(), c.firstSession(), done ? c.lastSession() : null,
                    c.status(), c.status().label(), status, status.label(), item));
        }
        rows.sort(comparator(pageable.getSort()));
        Figures totals = rows.stream().map(ItemRow::figures).reduce(Figures.ZERO, Figures::plus);
        List<UnitRow> unitRows = unitFigures.entrySet().stream()
                .map(e -> new UnitRow(e.getKey() == 0L ? null : e.getKey(),
                        e.getKey() == 0L ? UNASSIGNED : unitNames.getOrDefault(e.getKey(), "Đơn vị"), e.getValue()))
                .sorted(Comparator.comparing((UnitRow u) -> u.unitId() == null).thenComparing(UnitRow::unitName))
                .toList();
        Figures unitTotals = unitRows.stream().map(UnitRow::figures).reduce(Figures.ZERO, Figures::plus);
        int from = (int) Math.min(rows.size(), pageable.getOffset());
        int to = Math.min(rows.size(), from + pageable.getPageSize());
        PageResponse<ItemRow> page = new PageResponse<>(List.copyOf(rows.subList(from, to)), pageable.getPageNumber(),
                pageable.getPageSize(), rows.size());
        return new Report(plan.id(), plan.year(), day, new Rule(rule.effectiveFrom(), rule.lateAfterDays(),
                rule.atRiskDaysBefore(), rule.atRiskEnrolmentPercent(), rule.source()), filter, page, totals, unitRows,
                unitTotals, counts);
    }

    private static long[] cell(Map<Long, Map<Long, long[]>> cells, Long classId, Long unitId) {
        return cells.computeIfAbsent(classId, k -> new HashMap<>()).computeIfAbsent(unitId, k -> new long[6]);
    }

    /** A unit's part of one item: the item counts once for each unit it touches. */
    private static Figures figures(int held, long[] c) {
        return new Figures(1, held, c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    private static Comparator<ItemRow> comparator(Sort sort) {
        Comparator<ItemRow> out = null;
        for (Sort.Order o : sort) {
            Comparator<ItemRow> c = switch (o.getProperty()) {
                case "title" -> Comparator.comparing(ItemRow::title, String.CASE_INSENSITIVE_ORDER);
                case "status" -> Comparator.comparing(ItemRow::status);
                case "enrolled" -> Comparator.comparingLong(r -> r.figures().enrolled());
                case "completed" -> Comparator.comparingLong(r -> r.figures().completed());
                case "spent" -> Comparator.comparingLong(r -> r.figures().spent());
                case "budget" -> Comparator.comparingLong(r -> r.figures().budgetPlanned());
                default -> Comparator.comparing(ItemRow::plannedStart, Comparator.nullsLast(Comparator.naturalOrder()));
            };
            if (o.isDescending()) {
                c = c.reversed();
            }
            out = out == null ? c : out.thenComparing(c);
        }
        Comparator<ItemRow> byId = Comparator.comparing(ItemRow::classId, Comparator.nullsLast(Comparator.naturalOrder()));
        return out == null ? byId : out.thenComparing(byId);
    }
}
