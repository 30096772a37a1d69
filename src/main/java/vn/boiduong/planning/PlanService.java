package vn.boiduong.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.UnitService;
import vn.boiduong.planning.internal.NeedDirectory;
import vn.boiduong.planning.internal.PlanRepository;
import vn.boiduong.procedure.DueDates;
import vn.boiduong.procedure.ProcedureService;

/**
 * B3–B4 use cases: open a plan, write its items, submit, return, approve. Each loads the plan the
 * actor may see ({@link PlanPolicy#read(Actor, PlanPolicy.Subject)}: 403, 404) and hands the act to the
 * plan, which asks {@link PlanPolicy} for the right and the state (403, 409) before it reads the
 * input; then publishes the audit line and the events the plan registered.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    public static final String AUDIT_TYPE = "plan";

    private final PlanRepository plans;
    private final NeedDirectory needs;
    private final ProcedureService procedure;
    private final UnitService units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanPolicy policy;
    private final vn.boiduong.needs.NeedCollections collections;

    PlanService(PlanRepository plans, NeedDirectory needs, ProcedureService procedure, UnitService units,
            ApplicationEventPublisher events, Clock clock, PlanPolicy policy,
            vn.boiduong.needs.NeedCollections collections) {
        this.policy = policy;
        this.collections = collections;
        this.plans = plans;
        this.needs = needs;
        this.procedure = procedure;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The year's needs collection, for the one who may submit the plan or decide on it now, when it
     * is worth a warning: still open, or units not heard from (the plan was registered while 6 of 8
     * units had sent nothing). The decision stays theirs; the page only tells them.
     */
    @Transactional(readOnly = true)
    public Optional<vn.boiduong.needs.NeedCollections.Standing> collectionWarning(Actor actor, PlanView plan) {
        if (!policy.submit(actor, plan).isAllowed() && !policy.approve(actor, plan).isAllowed()) {
            return Optional.empty();
        }
        return collections.standing(plan.agencyId(), plan.year())
                .filter(vn.boiduong.needs.NeedCollections.Standing::worthAWarning);
    }

    @Transactional
    public PlanView create(Actor actor, Integer year, LocalDate registrationDueDate) {
        policy.create(actor).orThrow();
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "Năm kế hoạch phải từ 2000 đến 2100.");
        }
        if (registrationDueDate == null) {
            throw InvalidInputException.of("registrationDueDate", "Nhập hạn đăng ký của tỉnh.");
        }
        // within 1900-2100: the due-date calculation (procedure) refuses the rest on this field
        if (plans.findByAgencyIdAndYear(actor.agencyId(), year).isPresent()) {
            throw new IllegalTransitionException("Cơ quan đã có kế hoạch năm " + year + ".");
        }
        DueDates due = procedure.dueDates(registrationDueDate);
        TrainingPlan p;
        try {
            p = plans.saveAndFlush(new TrainingPlan(actor.agencyId(), year, due, actor.username(), now()));
        } catch (DataIntegrityViolationException e) {
            // two chiefs opening the same year at the same moment: the unique constraint decides
            throw new IllegalTransitionException("Cơ quan đã có kế hoạch năm " + year + ".");
        }
        events.publishEvent(AuditEvent.of("CREATE", AUDIT_TYPE, p.getId(), "Lập kế hoạch năm " + year
                + ", hạn đăng ký của tỉnh " + vn.boiduong.common.web.PageHelpers.DATE.format(registrationDueDate)));
        return view(p);
    }

    public List<PlanView> list(Actor actor) {
        policy.read(actor).orThrow();
        List<TrainingPlan> found = actor.agencyId() == null ? plans.findAllByOrderByYearDesc()
                : plans.findByAgencyIdOrderByYearDesc(actor.agencyId());
        return found.stream().map(p -> view(p, actor)).toList();
    }

    public PlanView get(Actor actor, Long id) {
        return view(load(actor, id), actor);
    }

    /**
     * The plan entity for the documents that render it (the approval decision), with the checks done:
     * the right to the documents (403), then the read (403, 404).
     */
    public TrainingPlan planForDocuments(Actor actor, Long id) {
        TrainingPlan p = load(actor, id);
        policy.readDecision(actor, p).orThrow();
        return p;
    }

    /** The approved plan of the actor's agency for a year, for the forms of the plan (2a, 2b, 2c). */
    public TrainingPlan approvedPlan(Actor actor, int year) {
        policy.readDocuments(actor).orThrow();
        TrainingPlan p = actor.agencyId() == null ? null
                : plans.findByAgencyIdAndYear(actor.agencyId(), year).orElse(null);
        if (p == null || p.getStatus() != PlanStatus.APPROVED) {
            throw new NotFoundException("kế hoạch đã phê duyệt năm " + year);
        }
        return p;
    }

    public Agency agencyOf(TrainingPlan p) {
        return units.agency(p.getAgencyId());
    }

    public java.util.Optional<TrainingPlan> findByYear(Long agencyId, int year) {
        return plans.findByAgencyIdAndYear(agencyId, year);
    }

    /**
     * A plan's agency, year and status after the read checks (403, then 404 for another agency's or a
     * missing plan), without loading its items: for B6's supervision, which reads the plan's classes.
     */
    public PlanHeader header(Actor actor, Long id) {
        policy.read(actor).orThrow();
        PlanHeader h = plans.header(id).stream().findFirst().map(r -> new PlanHeader(id, (Long) r[0],
                ((Number) r[1]).intValue(), (PlanStatus) r[2])).orElseThrow(() -> new NotFoundException(PlanPolicy.PLAN));
        policy.read(actor, h).orThrow();
        return h;
    }

    /** The accepted needs of an agency's year by id (as {@link #needsOf}, without the plan entity). */
    public Map<Long, ServedNeed> acceptedNeeds(Long agencyId, int year) {
        return needs.accepted(agencyId, year).stream()
                .collect(Collectors.toMap(ServedNeed::id, n -> n, (a, b) -> a, LinkedHashMap::new));
    }

    /** The accepted needs of the plan's year by id, for renderers that print the units served. */
    public Map<Long, ServedNeed> needsOf(TrainingPlan p) {
        return needs.accepted(p.getAgencyId(), p.getYear()).stream()
                .collect(Collectors.toMap(ServedNeed::id, n -> n, (a, b) -> a, LinkedHashMap::new));
    }

    private TrainingPlan load(Actor actor, Long id) {
        return load(actor, id, plans::findById);
    }

    /** The plan for an item edit: its version rises with the edit (see {@link PlanRepository#findForItemEdit}). */
    private TrainingPlan loadForItemEdit(Actor actor, Long id) {
        return load(actor, id, plans::findForItemEdit);
    }

    private TrainingPlan load(Actor actor, Long id,
            java.util.function.Function<Long, java.util.Optional<TrainingPlan>> finder) {
        policy.read(actor).orThrow();
        TrainingPlan p = finder.apply(id).orElseThrow(() -> new NotFoundException(PlanPolicy.PLAN));
        policy.read(actor, p).orThrow();
        return p;
    }

    @Transactional
    public PlanView.ItemView addItem(Actor actor, Long planId, PlanItemData data) {
        return addItem(actor, planId, () -> data);
    }

    /**
     * As {@link #addItem(Actor, Long, PlanItemData)}, the item read only once the plan is known to be
     * editable: on a plan that is submitted or approved any body, even a malformed one, is a 409.
     */
    @Transactional
    public PlanView.ItemView addItem(Actor actor, Long planId, java.util.function.Supplier<PlanItemData> input) {
        // someone outside the Office gets 403 whatever plan they name and whatever they send
        policy.writeItems(actor).orThrow();
        TrainingPlan p = loadForItemEdit(actor, planId);
        PlanItem item = p.addItem(policy, actor, checked(p, input));
        plans.flush();
        events.publishEvent(AuditEvent.of("ADD_ITEM", AUDIT_TYPE, p.getId(), "Thêm vào kế hoạch năm " + p.getYear()
                + ": " + item.getTitle() + " (" + item.getHeadcount() + " người, "
                + vn.boiduong.common.web.PageHelpers.vnd(item.getBudgetTotal()) + ")"));
        return itemView(p, item.getId());
    }

    @Transactional
    public PlanView.ItemView updateItem(Actor actor, Long planId, Long itemId, PlanItemData data) {
        return updateItem(actor, planId, itemId, () -> data);
    }

    /** As {@link #addItem(Actor, Long, java.util.function.Supplier)}: the state first, then the input. */
    @Transactional
    public PlanView.ItemView updateItem(Actor actor, Long planId, Long itemId,
            java.util.function.Supplier<PlanItemData> input) {
        policy.writeItems(actor).orThrow();
        TrainingPlan p = loadForItemEdit(actor, planId);
        PlanItem item = p.updateItem(policy, actor, itemId, checked(p, input));
        plans.flush();
        events.publishEvent(AuditEvent.of("UPDATE_ITEM", AUDIT_TYPE, p.getId(), "Sửa mục kế hoạch năm "
                + p.getYear() + ": " + item.getTitle()));
        return itemView(p, item.getId());
    }

    @Transactional
    public void removeItem(Actor actor, Long planId, Long itemId) {
        TrainingPlan p = loadForItemEdit(actor, planId);
        PlanItem item = p.removeItem(policy, actor, itemId);
        plans.flush();
        events.publishEvent(AuditEvent.of("REMOVE_ITEM", AUDIT_TYPE, p.getId(), "Bỏ khỏi kế hoạch năm "
                + p.getYear() + ": " + item.getTitle()));
    }

    /** The item as the plan reads it once it has allowed the edit: its own rules, then the needs it names. */
    private java.util.function.Supplier<PlanItemData> checked(TrainingPlan p,
            java.util.function.Supplier<PlanItemData> input) {
        return () -> {
            PlanItemData data = input.get();
            data.check();
            checkDates(p, data);
            checkNeeds(p, data.needIds());
            return data;
        };
    }

    /** An item of the plan of year Y takes place within Y or Y+1 (a class that runs over the new year). */
    private static void checkDates(TrainingPlan p, PlanItemData data) {
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        LocalDate from = LocalDate.of(p.getYear(), 1, 1);
        LocalDate to = LocalDate.of(p.getYear() + 1, 12, 31);
        vn.boiduong.common.Days.within(errors, "startDate", data.startDate(), from, to);
        vn.boiduong.common.Days.within(errors, "endDate", data.endDate(), from, to);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
    }

    private PlanView.ItemView itemView(TrainingPlan p, Long itemId) {
        return view(p).items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
    }

    /** Every need an item names must be an accepted need of the plan's agency and year. */
    private void checkNeeds(TrainingPlan p, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> known = needs.acceptedByIds(p.getAgencyId(), p.getYear(), ids).stream().map(ServedNeed::id)
                .collect(Collectors.toSet());
        Set<Long> unknown = new TreeSet<>(ids);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("needIds", "Không phải nhu cầu đã được chấp nhận của năm "
                    + p.getYear() + ": " + unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    @Transactional
    public PlanView submit(Actor actor, Long id) {
        TrainingPlan p = load(actor, id);
        p.submit(policy, actor, now());
        return publish(p, AuditEvent.of("SUBMIT", AUDIT_TYPE, p.getId(), "Trình kế hoạch năm " + p.getYear()
                + " (" + p.getItems().size() + " mục)"));
    }

    @Transactional
    public PlanView returnToOffice(Actor actor, Long id, String reason) {
        TrainingPlan p = load(actor, id);
        p.returnToOffice(policy, actor, reason, now());
        return publish(p, AuditEvent.of("RETURN", AUDIT_TYPE, p.getId(), "Trả lại kế hoạch năm " + p.getYear()
                + ": " + p.getReturnReason()));
    }

    /**
     * B4. The version check happens at the flush, before the event: of two approvals at the same
     * moment one fails there (409) and makes no classes; the unique item constraint of the classes
     * is the second guard.
     */
    @Transactional
    public PlanView approve(Actor actor, Long id, String decisionNumber, LocalDate decisionDate) {
        TrainingPlan p = load(actor, id);
        Agency agency = units.agency(p.getAgencyId());
        p.approve(policy, actor, decisionNumber, decisionDate, agency.getCode(), agency.getSignerTitle(), agency.getSignerName(),
                (number, year) -> plans.decisionNumbers(p.getAgencyId(), PlanStatus.APPROVED, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)).stream().map(TrainingPlan::sequenceOf)
                        .anyMatch(n -> n.isPresent() && n.getAsInt() == number),
                now());
        try {
            plans.flush();
        } catch (DataIntegrityViolationException e) {
            // another plan of the agency took the same number at the same moment: both passed the check
            // above, the unique constraint refuses the second
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(java.util.Locale.ROOT)
                    .contains("uk_training_plan_decision_number")) {
                throw e;
            }
            throw TrainingPlan.numberTaken(p.getDecisionNumber(), p.getDecisionDate().getYear());
        }
        return publish(p, AuditEvent.of("APPROVE", AUDIT_TYPE, p.getId(), "Phê duyệt kế hoạch năm " + p.getYear()
                + " theo quyết định số " + p.getDecisionNumber() + " ngày "
                + vn.boiduong.common.web.PageHelpers.DATE.format(p.getDecisionDate())));
    }

    /**
     * After a transition: the flush (the version check, so of two racing acts one fails here, before
     * any event), the audit line, then the events the plan registered.
     */
    private PlanView publish(TrainingPlan p, AuditEvent audit) {
        plans.flush();
        events.publishEvent(audit);
        p.takeEvents().forEach(events::publishEvent);
        return view(p);
    }

    private PlanView view(TrainingPlan p) {
        return PlanView.of(p, needsOf(p), LocalDate.now(clock));
    }

    /** What this reader may see of the plan: a unit head sees only the unit's own needs in it. */
    private PlanView view(TrainingPlan p, Actor actor) {
        PlanView v = view(p);
        return policy.seesEveryUnit(actor) ? v : v.forUnit(actor.unitId());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
