package vn.boiduong.needs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InputValidator;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.internal.NeedRepository;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;
import vn.boiduong.organization.VietnameseNames;

/**
 * B1: a unit's needs, from draft to the Office's decision. Each method loads the need the actor may
 * see ({@link NeedPolicy#read(Actor, NeedPolicy.Subject, java.util.function.Supplier)}: 403, 404) and
 * hands the act to the need, which asks {@link NeedPolicy} for the right and the state (403, 409)
 * before it reads the input (400), in one transaction that also carries the domain event and the
 * audit line.
 */
@Service
@Transactional(readOnly = true)
public class NeedService {

    /** API sort fields → entity properties; "title" sorts by the folded title. */
    public static final Map<String, String> SORTABLE = Map.of("title", "searchText", "year", "year", "status",
            "status", "estimatedCost", "estimatedCost", "headcount", "headcount", "createdAt", "createdAt",
            "updatedAt", "updatedAt", "unitId", "unitId", "id", "id");
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC,
            "id"));

    private final NeedRepository needs;
    private final UnitService units;
    private final StaffService staff;
    private final UserDirectory directory;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NeedPolicy policy;

    NeedService(NeedRepository needs, UnitService units, StaffService staff, UserDirectory directory,
            InputValidator validator, ApplicationEventPublisher events, Clock clock, NeedPolicy policy) {
        this.policy = policy;
        this.needs = needs;
        this.units = units;
        this.staff = staff;
        this.directory = directory;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public PageResponse<NeedView> search(Actor actor, Integer year, Long unitId, NeedStatus status, String q,
            Pageable pageable) {
        policy.list(actor, unitId).orThrow();
        Long scopeUnit = unitId;
        Long staffId = null;
        NeedPolicy.Scope scope = policy.scope(actor);
        if (scope == NeedPolicy.Scope.WHOLE_AGENCY) {
            if (unitId != null) {
                units.visibleUnit(actor, unitId);
            }
        } else if (scope == NeedPolicy.Scope.OWN_UNIT) {
            scopeUnit = actor.unitId();
        } else {
            Optional<Long> own = directory.staffIdOf(actor.userId());
            if (own.isEmpty()) {
                return new PageResponse<>(List.of(), pageable.getPageNumber(), pageable.getPageSize(), 0);
            }
            staffId = own.get();
        }
        String pattern = q == null || q.isBlank() ? null : vn.boiduong.common.SearchTerms.likeContains(VietnameseNames.fold(q.strip()));
        Page<TrainingNeed> page = needs.search(actor.agencyId(), year, scopeUnit, status, pattern, staffId, pageable);
        Map<Long, Unit> unitMap = units.unitsById(actor);
        Long named = staffId;
        return PageResponse.of(page, n -> {
            NeedView v = NeedView.of(n, unitName(unitMap, n.getUnitId()));
            return named == null ? v : v.forNamedPerson(named);
        });
    }

    public NeedView get(Actor actor, Long id) {
        TrainingNeed n = visible(actor, id);
        NeedView v = view(actor, n);
        if (policy.scope(actor) == NeedPolicy.Scope.NAMED) {
            return directory.staffIdOf(actor.userId()).map(v::forNamedPerson).orElse(v.forNamedPerson(null));
        }
        return v;
    }

    /** The named people of a need, by name, for its page. */
    public List<StaffView> namedStaff(NeedView need) {
        return need.staffIds().stream().map(staff::own).flatMap(Optional::stream).toList();
    }

    @Transactional
    public NeedView create(Actor actor, NeedData data) {
        return create(actor, data, now());
    }

    @Transactional
    NeedView create(Actor actor, NeedData data, LocalDateTime at) {
        Unit[] unit = new Unit[1];
        // the policy's right first (403), then the input (400): the need asks them in that order; the
        // unit must be of the actor's agency (checkUnit), so the need is of the actor's agency
        TrainingNeed n = needs.saveAndFlush(TrainingNeed.draft(policy, actor, actor.agencyId(), data, d -> {
            validator.check(d);
            unit[0] = checkUnit(actor, d.unitId());
            checkStaff(unit[0], d.namedStaff());
        }, at));
        events.publishEvent(AuditEvent.of("CREATE", "need", n.getId(), "Lập nhu cầu «" + n.getTitle() + "» năm "
                + n.getYear() + " của " + unit[0].getName()));
        return NeedView.of(n, unit[0].getName());
    }

    /** The right and the state for an edit page's post, before its input is read (403, 404, 409). */
    public void requireEditable(Actor actor, Long id) {
        policy.edit(actor, visible(actor, id)).orThrow();
    }

    @Transactional
    public NeedView update(Actor actor, Long id, NeedData data) {
        TrainingNeed n = visible(actor, id);
        Unit unit = units.findUnit(n.getUnitId()).orElseThrow(() -> new NotFoundException("đơn vị"));
        String before = describe(n);
        n.update(policy, actor, data, d -> {
            validator.check(d);
            if (d.version() != null && d.version() != n.getVersion()) {
                throw new IllegalTransitionException(
                        "Nhu cầu đã được người khác sửa trong lúc bạn đang sửa. Hãy tải lại trang và nhập lại.");
            }
            checkStaff(unit, d.namedStaff());
        }, now());
        needs.flush();
        events.publishEvent(AuditEvent.of("UPDATE", "need", id, "Sửa nhu cầu: " + before + " → " + describe(n)));
        return NeedView.of(n, unit.getName());
    }

    @Transactional
    public NeedView submit(Actor actor, Long id) {
        return submit(actor, id, now());
    }

    @Transactional
    NeedView submit(Actor actor, Long id, LocalDateTime at) {
        TrainingNeed n = visible(actor, id);
        n.submit(policy, actor, at);
        return publish(actor, n, AuditEvent.of("SUBMIT", "need", id, "Gửi nhu cầu «" + n.getTitle() + "» cho Văn phòng"));
    }

    @Transactional
    public NeedView returnTo(Actor actor, Long id, String reason) {
        return returnTo(actor, id, reason, now());
    }

    @Transactional
    NeedView returnTo(Actor actor, Long id, String reason, LocalDateTime at) {
        TrainingNeed n = visible(actor, id);
        n.returnTo(policy, actor, reason, at);
        return publish(actor, n, AuditEvent.of("RETURN", "need", id, "Trả lại nhu cầu «" + n.getTitle() + "»: "
                + n.getReturnReason()));
    }

    @Transactional
    public NeedView accept(Actor actor, Long id) {
        return accept(actor, id, now());
    }

    @Transactional
    NeedView accept(Actor actor, Long id, LocalDateTime at) {
        TrainingNeed n = visible(actor, id);
        n.accept(policy, actor, at);
        return publish(actor, n, AuditEvent.of("ACCEPT", "need", id, "Tiếp nhận nhu cầu «" + n.getTitle() + "»"));
    }

    private NeedView publish(Actor actor, TrainingNeed n, AuditEvent audit) {
        needs.saveAndFlush(n);
        n.takeEvents().forEach(events::publishEvent);
        events.publishEvent(audit);
        return view(actor, n);
    }

    /** A need the actor may see; anything else looks missing (404), as api.md asks. */
    TrainingNeed visible(Actor actor, Long id) {
        policy.read(actor).orThrow();
        TrainingNeed n = needs.findById(id).orElseThrow(() -> new NotFoundException(NeedPolicy.NEED));
        policy.read(actor, n, () -> directory.staffIdOf(actor.userId())).orThrow();
        return n;
    }

    private NeedView view(Actor actor, TrainingNeed n) {
        return NeedView.of(n, units.findUnit(n.getUnitId()).map(Unit::getName).orElse(null));
    }

    private Unit checkUnit(Actor actor, Long unitId) {
        Unit u = units.findUnit(unitId).orElseThrow(
                () -> InvalidInputException.of("unitId", "Đơn vị không tồn tại hoặc ngoài phạm vi của bạn."));
        if (!u.getAgencyId().equals(actor.agencyId()) || !u.isActive()) {
            throw InvalidInputException.of("unitId", "Đơn vị không tồn tại hoặc ngoài phạm vi của bạn.");
        }
        return u;
    }

    /** Named people must be active staff of the need's unit. */
    private void checkStaff(Unit unit, List<Long> staffIds) {
        for (Long sid : staffIds) {
            Optional<StaffView> s = staff.own(sid);
            if (s.isEmpty() || !unit.getId().equals(s.get().unitId()) || !s.get().active()) {
                throw InvalidInputException.of("staffIds", "Người được chọn (mã " + sid + ") không phải cán bộ đang "
                        + "làm việc của " + unit.getName() + ".");
            }
        }
    }

    private static String describe(TrainingNeed n) {
        return "«" + n.getTitle() + "», " + n.getCategory() + (n.getLevel() == null ? "" : "/" + n.getLevel()) + ", "
                + n.getHeadcount() + " người, " + n.getEstimatedCost() + " đ"
                + (n.getPlannedQuarter() == null ? "" : ", quý " + n.getPlannedQuarter());
    }

    static String unitName(Map<Long, Unit> unitMap, Long id) {
        Unit u = unitMap.get(id);
        return u == null ? null : u.getName();
    }

}
