package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.internal.BudgetStore;
import vn.boiduong.documents.DocumentKind;
import vn.boiduong.documents.DocumentNumber;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;
import vn.boiduong.planning.PlanService;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.PlanView;
import vn.boiduong.planning.ServedNeed;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.planning.UnitShare;

/**
 * B5's money (QT.VP.05, 5.2.5): the Office allocates an approved plan's budget per class and unit
 * (starting from planning's {@link UnitShare}), the Office chief issues the announcement (Thông báo)
 * and afterwards changes the allocation only by adjustments with a reason; the Office records what
 * each class spent on the cost lines of Circular 36/2018/TT-BTC within its allocation. Every act asks
 * {@link ClassPolicy}; the rules of the amounts are {@link BudgetRules}.
 */
@Service
@Transactional(readOnly = true)
public class BudgetService {

    public static final String AUDIT_TYPE = "plan-budget";
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*0*(\\d{1,6})\\s*(?:/.*)?$");

    private final BudgetStore store;
    private final ClassService classes;
    private final PlanService plans;
    private final UnitService units;
    private final UserDirectory users;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetService(BudgetStore store, ClassService classes, PlanService plans, UnitService units, UserDirectory users,
            ClassPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.classes = classes;
        this.plans = plans;
        this.units = units;
        this.users = users;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    // ---- views ----

    public record UnitAmount(String unitKey, Long unitId, String unitName, int headcount, long amount, long spent) {
        @com.fasterxml.jackson.annotation.JsonProperty("remaining")
        public long remaining() {
            return amount - spent;
        }
    }

    public record ClassAllocation(Long classId, String title, String kindLabel, LocalDate startDate, LocalDate endDate,
            String location, String institution, int headcount, String statusLabel, long approved, long allocated,
            long spent, List<UnitAmount> units) {
        @com.fasterxml.jackson.annotation.JsonProperty("remaining")
        public long remaining() {
            return allocated - spent;
        }
    }

    public record UnitTotal(String unitKey, Long unitId, String unitName, long allocated, long spent) {
        @com.fasterxml.jackson.annotation.JsonProperty("remaining")
        public long remaining() {
            return allocated - spent;
        }
    }

    public record AdjustmentView(Long classId, String classTitle, String unitName, long amountBefore, long amountAfter,
            String reason, String madeBy, LocalDateTime madeAt) {
    }

    public record AnnouncementView(String number, LocalDate date, String issuedBy, LocalDateTime issuedAt) {
    }

    /** What the reader may do on the allocation page. */
    public record AllocationAllowed(boolean edit, boolean adjust, boolean announce) {
    }

    /**
     * A plan's allocation: {@code saved} false while the Office has not saved one (the lines are then
     * planning's split by unit, as a proposal).
     */
    public record AllocationView(Long planId, int year, String planStatusLabel, String decisionNumber,
            LocalDate decisionDate, long planTotal, long allocatedTotal, long spentTotal, boolean saved,
            AnnouncementView announcement, List<ClassAllocation> classes, List<UnitTotal> units,
            List<AdjustmentView> adjustments, AllocationAllowed allowed) {
        @com.fasterxml.jackson.annotation.JsonProperty("remainingTotal")
        public long remainingTotal() {
            return allocatedTotal - spentTotal;
        }
    }

    public AllocationView allocation(Actor actor, Long planId) {
        PlanView plan = plans.get(actor, planId);
        policy.readBudget(actor, plan.agencyId()).orThrow();
        return view(actor, plan);
    }

    private AllocationView view(Actor actor, PlanView plan) {
        List<TrainingClass> cs = classes.ofPlan(plan.id());
        List<BudgetStore.Allocation> saved = store.allocations(plan.id());
        Map<Long, List<UnitShare>> shares = shares(plan, cs);
        List<BudgetStore.Allocation> rows = saved.isEmpty() ? proposal(cs, shares) : saved;
        Map<String, Long> spent = new HashMap<>();
        Map<Long, Long> spentByClass = new HashMap<>();
        for (Object[] r : store.spentByPlan(plan.id())) {
            spent.put(r[0] + "/" + r[1], (Long) r[2]);
            spentByClass.merge((Long) r[0], (Long) r[2], Long::sum);
        }
        Map<Long, String> unitNames = unitNames(plan.agencyId());
        Map<Long, String> institutions = institutionNames(cs);
        Map<Long, List<BudgetStore.Allocation>> byClass = rows.stream()
                .collect(Collectors.groupingBy(BudgetStore.Allocation::classId, LinkedHashMap::new, Collectors.toList()));
        List<ClassAllocation> out = new ArrayList<>();
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Long> totalUnitIds = new HashMap<>();
        for (TrainingClass c : cs) {
            Map<String, Integer> heads = new HashMap<>();
            shares.getOrDefault(c.getId(), List.of()).forEach(s -> heads.put(s.key(), s.headcount()));
            List<UnitAmount> us = new ArrayList<>();
            for (BudgetStore.Allocation a : byClass.getOrDefault(c.getId(), List.of())) {
                long sp = spent.getOrDefault(c.getId() + "/" + a.unitKey(), 0L);
                us.add(new UnitAmount(a.unitKey(), a.unitId(), unitName(a.unitId(), unitNames),
                        heads.getOrDefault(a.unitKey(), 0), a.amount(), sp));
                long[] t = totals.computeIfAbsent(a.unitKey(), k -> new long[2]);
                t[0] += a.amount();
                t[1] += sp;
                totalUnitIds.put(a.unitKey(), a.unitId());
            }
            long allocated = us.stream().mapToLong(UnitAmount::amount).sum();
            out.add(new ClassAllocation(c.getId(), c.getTitle(), c.getKind().label(), c.getStartDate(), c.getEndDate(),
                    c.getLocation(), institutions.getOrDefault(c.getId(), c.getInstitution()), c.getHeadcount(),
                    c.getStatus().label(), c.getBudgetTotal(), allocated, spentByClass.getOrDefault(c.getId(), 0L), us));
        }
        List<UnitTotal> unitTotals = totals.entrySet().stream()
                .map(e -> new UnitTotal(e.getKey(), totalUnitIds.get(e.getKey()),
                        unitName(totalUnitIds.get(e.getKey()), unitNames), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing((UnitTotal u) -> u.unitId() == null).thenComparing(UnitTotal::unitName))
                .toList();
        Map<Long, String> titles = cs.stream().collect(Collectors.toMap(TrainingClass::getId, TrainingClass::getTitle));
        List<BudgetStore.Adjustment> adj = store.adjustments(plan.id());
        Map<String, String> names = users.fullNamesOf(adj.stream().map(BudgetStore.Adjustment::madeBy).toList());
        Optional<BudgetStore.Announcement> ann = store.announcement(plan.id());
        boolean approved = plan.status() == PlanStatus.APPROVED;
        boolean announced = ann.isPresent();
        AnnouncementView annView = ann.map(a -> new AnnouncementView(a.numberText(), a.issuedOn(),
                users.fullNamesOf(List.of(a.issuedBy())).get(a.issuedBy()), a.issuedAt())).orElse(null);
        boolean mayAllocate = policy.allocate(actor, plan.agencyId(), approved, announced).isAllowed();
        return new AllocationView(plan.id(), plan.year(), plan.statusLabel(), plan.decisionNumber(), plan.decisionDate(),
                cs.stream().mapToLong(TrainingClass::getBudgetTotal).sum(),
                out.stream().mapToLong(ClassAllocation::allocated).sum(),
                out.stream().mapToLong(ClassAllocation::spent).sum(), !saved.isEmpty(), annView, out, unitTotals,
                adj.stream().map(a -> new AdjustmentView(a.classId(), titles.get(a.classId()), a.unitName(),
                        a.amountBefore(), a.amountAfter(), a.reason(), names.get(a.madeBy()), a.madeAt())).toList(),
                new AllocationAllowed(mayAllocate && !announced, mayAllocate && announced,
                        policy.announce(actor, plan.agencyId(), approved, announced).isAllowed()));
    }

    /** Each class's split over the units whose needs it serves (planning's rule, largest remainder). */
    private Map<Long, List<UnitShare>> shares(PlanView plan, List<TrainingClass> cs) {
        Map<Long, ServedNeed> needs = plans.findByYear(plan.agencyId(), plan.year()).map(plans::needsOf).orElse(Map.of());
        Map<Long, List<UnitShare>> out = new HashMap<>();
        for (TrainingClass c : cs) {
            List<ServedNeed> served = c.getNeedIds().stream().map(needs::get).filter(java.util.Objects::nonNull).toList();
            out.put(c.getId(), UnitShare.split(c.getHeadcount(), c.getBudgetTotal(), served));
        }
        return out;
    }

    private static List<BudgetStore.Allocation> proposal(List<TrainingClass> cs, Map<Long, List<UnitShare>> shares) {
        List<BudgetStore.Allocation> out = new ArrayList<>();
        for (TrainingClass c : cs) {
            if (c.getStatus() == ClassStatus.CANCELLED) {
                continue;
            }
            for (UnitShare s : shares.get(c.getId())) {
                out.add(new BudgetStore.Allocation(c.getId(), BudgetRules.Line.unitKey(s.unitId()), s.unitId(), s.budget()));
            }
        }
        return out;
    }

    private Map<Long, String> unitNames(Long agencyId) {
        Map<Long, String> out = new HashMap<>();
        units.activeUnitsOf(agencyId).forEach(u -> out.put(u.getId(), u.getName()));
        return out;
    }

    private String unitName(Long unitId, Map<Long, String> names) {
        if (unitId == null) {
            return UnitShare.UNASSIGNED_LABEL;
        }
        return names.computeIfAbsent(unitId, id -> units.findUnit(id).map(Unit::getName).orElse("Đơn vị " + id));
    }

    private Map<Long, String> institutionNames(List<TrainingClass> cs) {
        Map<Long, String> out = new HashMap<>();
        store.classInstitutions(cs.stream().map(TrainingClass::getId).toList())
                .forEach(r -> out.put((Long) r[0], (String) r[2]));
        return out;
    }

    // ---- allocating ----

    /**
     * Replaces the plan's allocation with these lines (every class's every unit). Before the
     * announcement the Office saves it freely; afterwards only the Office chief, with a reason, and
     * each changed line is recorded as an adjustment.
     */
    @Transactional
    public AllocationView allocate(Actor actor, Long planId, List<BudgetRules.Line> lines, String reason) {
        PlanView plan = plans.get(actor, planId);
        boolean approved = plan.status() == PlanStatus.APPROVED;
        boolean announced = store.announcement(planId).isPresent();
        policy.allocate(actor, plan.agencyId(), approved, announced).orThrowUnlessWrongState();
        if (lines == null) {
            throw InvalidInputException.of("lines", "Cần gửi các dòng phân bổ kinh phí.");
        }
        String why = reason == null ? "" : reason.strip();
        if (announced && why.isEmpty()) {
            throw InvalidInputException.of("reason", "Thông báo đã ban hành: cần ghi lý do điều chỉnh phân bổ.");
        }
        if (why.length() > 1000) {
            throw InvalidInputException.of("reason", "Lý do dài quá 1000 ký tự.");
        }
        List<TrainingClass> cs = classes.ofPlan(planId);
        Map<Long, BudgetRules.Approved> approvedItems = new LinkedHashMap<>();
        cs.forEach(c -> approvedItems.put(c.getId(), new BudgetRules.Approved(c.getTitle(), c.getBudgetTotal())));
        Set<Long> agencyUnits = units.activeUnitsOf(plan.agencyId()).stream().map(Unit::getId)
                .collect(Collectors.toSet());
        long planTotal = cs.stream().mapToLong(TrainingClass::getBudgetTotal).sum();
        BudgetRules.checkAllocation(approvedItems, agencyUnits, planTotal, lines, announced);
        policy.allocate(actor, plan.agencyId(), approved, announced).orThrow();
        checkNotBelowSpent(planId, cs, lines);
        List<BudgetStore.Allocation> before = store.allocations(planId);
        List<BudgetStore.Allocation> after = lines.stream()
                .map(l -> new BudgetStore.Allocation(l.classId(), l.unitKey(), l.unitId(), l.amount())).toList();
        if (announced) {
            recordAdjustments(actor, plan, cs, before, after, why);
        }
        store.replaceAllocations(planId, after);
        long total = after.stream().mapToLong(BudgetStore.Allocation::amount).sum();
        events.publishEvent(AuditEvent.of(announced ? "ADJUST_ALLOCATION" : "ALLOCATE", AUDIT_TYPE, planId,
                (announced ? "Điều chỉnh phân bổ kinh phí kế hoạch năm " : "Phân bổ kinh phí kế hoạch năm ")
                        + plan.year() + ": " + PageHelpers.vnd(total) + (announced ? ". Lý do: " + why : "")));
        return view(actor, plan);
    }

    /** A line may not drop below what its class (or unit) has already spent. */
    private void checkNotBelowSpent(Long planId, List<TrainingClass> cs, List<BudgetRules.Line> lines) {
        Map<Long, Long> perClass = new HashMap<>();
        Map<String, Long> perUnit = new HashMap<>();
        lines.forEach(l -> {
            perClass.merge(l.classId(), l.amount(), Long::sum);
            perUnit.put(l.classId() + "/" + l.unitKey(), l.amount());
        });
        Map<Long, String> titles = cs.stream().collect(Collectors.toMap(TrainingClass::getId, TrainingClass::getTitle));
        Map<Long, Long> spentByClass = new HashMap<>();
        for (Object[] r : store.spentByPlan(planId)) {
            spentByClass.merge((Long) r[0], (Long) r[2], Long::sum);
            String unitKey = (String) r[1];
            if (!unitKey.isEmpty() && perUnit.getOrDefault(r[0] + "/" + unitKey, 0L) < (Long) r[2]) {
                throw new IllegalTransitionException("Lớp «" + titles.get((Long) r[0]) + "» đã chi "
                        + PageHelpers.vnd((Long) r[2]) + " cho một đơn vị; không thể phân bổ cho đơn vị đó ít hơn.");
            }
        }
        spentByClass.forEach((classId, spent) -> {
            if (perClass.getOrDefault(classId, 0L) < spent) {
                throw new IllegalTransitionException("Lớp «" + titles.get(classId) + "» đã chi " + PageHelpers.vnd(spent)
                        + "; không thể phân bổ ít hơn số đã chi.");
            }
        });
    }

    private void recordAdjustments(Actor actor, PlanView plan, List<TrainingClass> cs,
            List<BudgetStore.Allocation> before, List<BudgetStore.Allocation> after, String reason) {
        Map<String, BudgetStore.Allocation> old = new LinkedHashMap<>();
        before.forEach(a -> old.put(a.classId() + "/" + a.unitKey(), a));
        Map<String, BudgetStore.Allocation> neu = new LinkedHashMap<>();
        after.forEach(a -> neu.put(a.classId() + "/" + a.unitKey(), a));
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(neu.keySet());
        Map<Long, String> names = unitNames(plan.agencyId());
        Map<Long, String> titles = cs.stream().collect(Collectors.toMap(TrainingClass::getId, TrainingClass::getTitle));
        LocalDateTime now = LocalDateTime.now(clock);
        int changed = 0;
        for (String k : keys) {
            BudgetStore.Allocation o = old.get(k);
            BudgetStore.Allocation n = neu.get(k);
            long b = o == null ? 0 : o.amount();
            long a = n == null ? 0 : n.amount();
            if (a == b) {
                continue;
            }
            BudgetStore.Allocation any = n != null ? n : o;
            String unit = unitName(any.unitId(), names);
            store.insertAdjustment(plan.id(), any.classId(), any.unitKey(), unit, b, a, reason, actor.username(), now);
            events.publishEvent(AuditEvent.of("ADJUST_ALLOCATION", ClassService.AUDIT_TYPE, any.classId(),
                    "Điều chỉnh kinh phí lớp «" + titles.get(any.classId()) + "» cho " + unit + " từ "
                            + PageHelpers.vnd(b) + " thành " + PageHelpers.vnd(a) + ". Lý do: " + reason));
            changed++;
        }
        if (changed == 0) {
            throw InvalidInputException.of("lines", "Không có dòng phân bổ nào thay đổi.");
        }
    }

    // ---- the announcement ----

    /**
     * The Office chief issues the Thông báo of the plan with its number ("05" or "05/TB-…": the
     * sequence, unique per agency and year of the date) and date. A plan whose allocation was never
     * saved is issued with planning's split, which is saved with it.
     */
    @Transactional
    public AllocationView announce(Actor actor, Long planId, String number, LocalDate date) {
        PlanView plan = plans.get(actor, planId);
        boolean approved = plan.status() == PlanStatus.APPROVED;
        boolean announced = store.announcement(planId).isPresent();
        policy.announce(actor, plan.agencyId(), approved, announced).orThrowUnlessWrongState();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Integer seq = sequenceOf(number);
        if (seq == null) {
            errors.add(new InvalidInputException.FieldError("number",
                    "Số thông báo phải bắt đầu bằng một số từ 1 đến 999999 (ví dụ 05 hoặc 05/TB-VP)."));
        }
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("date", "Cần nhập ngày ban hành thông báo."));
        } else if (plan.decisionDate() != null && date.isBefore(plan.decisionDate())) {
            errors.add(new InvalidInputException.FieldError("date",
                    "Ngày thông báo không được trước ngày quyết định phê duyệt kế hoạch ("
                            + PageHelpers.DATE.format(plan.decisionDate()) + ")."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Thông báo chưa hợp lệ.", errors);
        }
        policy.announce(actor, plan.agencyId(), approved, announced).orThrow();
        Agency agency = units.agency(plan.agencyId());
        DocumentNumber n = DocumentNumber.of(seq, date.getYear(), DocumentKind.NOTICE, agency.getCode());
        if (store.announcementNumberTaken(plan.agencyId(), date.getYear(), seq)) {
            throw new IllegalTransitionException("Số thông báo " + n.text() + " đã được dùng trong năm " + date.getYear()
                    + ".");
        }
        List<TrainingClass> cs = classes.ofPlan(planId);
        if (store.allocations(planId).isEmpty()) {
            store.replaceAllocations(planId, proposal(cs, shares(plan, cs)));
        }
        try {
            store.insertAnnouncement(new BudgetStore.Announcement(planId, plan.agencyId(), n.text(), seq, date.getYear(),
                    date, actor.username(), LocalDateTime.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new IllegalTransitionException("Số thông báo " + n.text() + " đã được dùng, hoặc kế hoạch đã có thông báo.");
        }
        events.publishEvent(AuditEvent.of("ANNOUNCE", AUDIT_TYPE, planId, "Ban hành Thông báo số " + n.text() + " ngày "
                + PageHelpers.DATE.format(date) + " triển khai kế hoạch năm " + plan.year() + " và phân bổ kinh phí"));
        List<Long> unitIds = store.allocations(planId).stream().filter(a -> a.amount() > 0)
                .map(BudgetStore.Allocation::unitId).filter(java.util.Objects::nonNull).distinct().toList();
        Set<Long> enrolledUnits = new LinkedHashSet<>(unitIds);
        Map<Long, ClassEvents.AnnouncementIssued.Institution> byInstitution = new LinkedHashMap<>();
        Map<Long, String> titles = cs.stream().collect(Collectors.toMap(TrainingClass::getId, TrainingClass::getTitle));
        for (Object[] r : store.classInstitutions(titles.keySet())) {
            String email = (String) r[3];
            if (email == null || email.isBlank()) {
                continue;
            }
            var i = byInstitution.computeIfAbsent((Long) r[1],
                    k -> new ClassEvents.AnnouncementIssued.Institution((String) r[2], email, new ArrayList<>()));
            i.classTitles().add(titles.get((Long) r[0]));
        }
        events.publishEvent(new ClassEvents.AnnouncementIssued(planId, plan.agencyId(), plan.year(), n.text(), date,
                List.copyOf(enrolledUnits), byInstitution.values().stream()
                        .map(i -> new ClassEvents.AnnouncementIssued.Institution(i.name(), i.email(),
                                List.copyOf(i.classTitles()))).toList(), actor.username()));
        return view(actor, plan);
    }

    /** The leading number of "05", "5/TB-SNV": null when there is none (or it is 0). */
    static Integer sequenceOf(String number) {
        if (number == null) {
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(number);
        if (!m.matches() || number.length() > 60) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n > 0 ? n : null;
    }

    /** What the announcement's document needs: the plan, its agency, the allocation and who issued it. */
    public record AnnouncementData(AllocationView allocation, Agency agency, int sequence, String issuerName) {
    }

    public AnnouncementData announcementData(Actor actor, Long planId) {
        PlanView plan = plans.get(actor, planId);
        policy.readAnnouncement(actor, plan.agencyId()).orThrow();
        BudgetStore.Announcement a = store.announcement(planId)
                .orElseThrow(() -> new NotFoundException("thông báo của kế hoạch"));
        return new AnnouncementData(view(actor, plan), units.agency(plan.agencyId()), a.numberSeq(),
                users.fullNamesOf(List.of(a.issuedBy())).get(a.issuedBy()));
    }

    public Optional<BudgetStore.Announcement> announcementOf(Long planId) {
        return store.announcement(planId);
    }

    // ---- a class's budget and spending ----

    public record SpendingView(Long id, String line, String lineLabel, String unitName, long amount, LocalDate date,
            String voucher, String note, String createdBy, LocalDateTime createdAt) {
    }

    public record SessionFee(Long sessionId, LocalDate date, String topic, String lecturer, String rankLabel,
            Long fee, String source) {
    }

    public record ClassBudget(Long classId, Long planId, long approved, long allocated, long spent,
            List<UnitAmount> units, List<SpendingView> entries, List<SessionFee> lecturerFees, boolean announced,
            boolean maySpend) {
        @com.fasterxml.jackson.annotation.JsonProperty("remaining")
        public long remaining() {
            return allocated - spent;
        }
    }

    public ClassBudget classBudget(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        policy.readBudget(actor, c.getAgencyId()).orThrow();
        return budgetOf(actor, c);
    }

    private ClassBudget budgetOf(Actor actor, TrainingClass c) {
        Map<String, BudgetStore.SpendingLine> lines = store.spendingLines().stream()
                .collect(Collectors.toMap(BudgetStore.SpendingLine::code, l -> l));
        List<BudgetStore.Spending> entries = store.spending(c.getId());
        Map<Long, String> names = unitNames(c.getAgencyId());
        Map<String, Long> spentByUnit = new HashMap<>();
        entries.stream().filter(e -> e.unitKey() != null).forEach(e -> spentByUnit.merge(e.unitKey(), e.amount(), Long::sum));
        List<UnitAmount> us = store.allocationsOfClass(c.getId()).stream()
                .map(a -> new UnitAmount(a.unitKey(), a.unitId(), unitName(a.unitId(), names), 0, a.amount(),
                        spentByUnit.getOrDefault(a.unitKey(), 0L))).toList();
        Map<String, String> userNames = users.fullNamesOf(entries.stream().map(BudgetStore.Spending::createdBy).toList());
        List<SpendingView> views = entries.stream().map(e -> new SpendingView(e.id(), e.lineCode(),
                lines.containsKey(e.lineCode()) ? lines.get(e.lineCode()).label() : e.lineCode(),
                e.unitKey() == null ? null : unitName("none".equals(e.unitKey()) ? null : Long.valueOf(e.unitKey()), names),
                e.amount(), e.spentOn(), e.voucher(), e.note(), userNames.get(e.createdBy()), e.createdAt())).toList();
        return new ClassBudget(c.getId(), c.getPlanId(), c.getBudgetTotal(),
                us.stream().mapToLong(UnitAmount::amount).sum(), entries.stream().mapToLong(BudgetStore.Spending::amount).sum(),
                us, views, lecturerFees(c), store.announcement(c.getPlanId()).isPresent(),
                policy.spend(actor, c).isAllowed());
    }

    /** Each session's lecturer and the fee the norm in force on the session's date gives their rank. */
    private List<SessionFee> lecturerFees(TrainingClass c) {
        List<BudgetStore.FeeNorm> norms = store.feeNorms();
        Map<Long, ClassLecturer> lecturers = classes.lecturersOf(c.getId()).stream()
                .collect(Collectors.toMap(ClassLecturer::getId, l -> l));
        List<SessionFee> out = new ArrayList<>();
        for (ClassSession s : classes.sessionsOf(c.getId())) {
            ClassLecturer l = s.getLecturerId() == null ? null : lecturers.get(s.getLecturerId());
            if (l == null) {
                out.add(new SessionFee(s.getId(), s.getSessionDate(), s.getTopic(), null, null, null, null));
                continue;
            }
            Optional<BudgetStore.FeeNorm> norm = normOn(norms, l.getRank(), s.getSessionDate());
            out.add(new SessionFee(s.getId(), s.getSessionDate(), s.getTopic(), l.getFullName(), l.getRank().label(),
                    norm.map(BudgetStore.FeeNorm::amount).orElse(null), norm.map(BudgetStore.FeeNorm::source).orElse(null)));
        }
        return out;
    }

    /** The norm of this rank in force on this date: the latest taking effect on or before it. */
    static Optional<BudgetStore.FeeNorm> normOn(List<BudgetStore.FeeNorm> norms, LecturerRank rank, LocalDate date) {
        return norms.stream().filter(n -> n.rankCode().equals(rank.name()) && !n.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(BudgetStore.FeeNorm::effectiveFrom));
    }

    public List<BudgetStore.SpendingLine> spendingLines() {
        return store.spendingLines();
    }

    /** A spending entry as the Office enters it; {@code unitId} optional (the unit it is charged to). */
    public record SpendingData(String line, Long amount, LocalDate date, String voucher, String note, Long unitId) {
    }

    @Transactional
    public SpendingView spend(Actor actor, Long classId, SpendingData d) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        policy.spend(actor, c).orThrowUnlessWrongState();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Map<String, BudgetStore.SpendingLine> lines = store.spendingLines().stream()
                .collect(Collectors.toMap(BudgetStore.SpendingLine::code, l -> l));
        if (d.line() == null || !lines.containsKey(d.line().strip())) {
            errors.add(new InvalidInputException.FieldError("line", "Cần chọn một nội dung chi theo Thông tư 36/2018/TT-BTC."));
        }
        if (d.amount() == null || d.amount() <= 0 || d.amount() > BudgetRules.MAX_AMOUNT) {
            errors.add(new InvalidInputException.FieldError("amount", "Số tiền phải là số nguyên dương (đồng)."));
        }
        LocalDate today = LocalDate.now(clock);
        if (d.date() == null) {
            errors.add(new InvalidInputException.FieldError("date", "Cần nhập ngày chi."));
        } else if (d.date().isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("date", "Ngày chi không được sau hôm nay."));
        }
        String voucher = d.voucher() == null ? "" : d.voucher().strip();
        if (voucher.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("voucher", "Cần nhập số chứng từ."));
        } else if (voucher.length() > 60) {
            errors.add(new InvalidInputException.FieldError("voucher", "Số chứng từ dài quá 60 ký tự."));
        }
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        if (note != null && note.length() > 500) {
            errors.add(new InvalidInputException.FieldError("note", "Ghi chú dài quá 500 ký tự."));
        }
        List<BudgetStore.Allocation> alloc = store.allocationsOfClass(classId);
        BudgetStore.Allocation unitAlloc = null;
        if (d.unitId() != null) {
            unitAlloc = alloc.stream().filter(a -> d.unitId().equals(a.unitId())).findFirst().orElse(null);
            if (unitAlloc == null) {
                errors.add(new InvalidInputException.FieldError("unitId", "Đơn vị không được phân bổ kinh phí của lớp này."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Khoản chi chưa hợp lệ.", errors);
        }
        policy.spend(actor, c).orThrow();
        List<BudgetStore.Spending> entries = store.spending(classId);
        long allocated = alloc.stream().mapToLong(BudgetStore.Allocation::amount).sum();
        long spent = entries.stream().mapToLong(BudgetStore.Spending::amount).sum();
        String unitKey = unitAlloc == null ? null : unitAlloc.unitKey();
        long unitSpent = unitKey == null ? 0
                : entries.stream().filter(e -> unitKey.equals(e.unitKey())).mapToLong(BudgetStore.Spending::amount).sum();
        String unitName = unitAlloc == null ? null : unitName(unitAlloc.unitId(), unitNames(c.getAgencyId()));
        BudgetRules.checkSpending(c.getTitle(), allocated, spent, unitName,
                unitAlloc == null ? null : unitAlloc.amount(), unitSpent, d.amount());
        String line = d.line().strip();
        LocalDateTime now = LocalDateTime.now(clock);
        Long id = store.insertSpending(classId, line, unitKey, d.amount(), d.date(), voucher, note, actor.username(), now);
        events.publishEvent(AuditEvent.of("SPEND", ClassService.AUDIT_TYPE, classId, "Ghi khoản chi "
                + lines.get(line).label() + " " + PageHelpers.vnd(d.amount()) + " (chứng từ " + voucher + ", ngày "
                + PageHelpers.DATE.format(d.date()) + ") cho lớp " + c.getTitle()));
        return new SpendingView(id, line, lines.get(line).label(), unitName, d.amount(), d.date(), voucher, note,
                actor.fullName(), now);
    }
}
