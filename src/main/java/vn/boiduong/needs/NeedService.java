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
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InputValidator;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.internal.NeedRepository;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;
import vn.boiduong.organization.VietnameseNames;

/**
 * B1: a unit's needs, from draft to the Office's decision. Each method checks the right first
 * (403), then the scope (404), then the input (400) and the state (409), in one transaction that
 * also carries the domain event and the audit line.
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

    NeedService(NeedRepository needs, UnitService units, StaffService staff, UserDirectory directory,
            InputValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.needs = needs;
        this.units = units;
        this.staff = staff;
        this.directory = directory;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Who may read needs at all: the workflow's roles, not the administrator. */
    public static boolean mayRead(Actor actor) {
        return actor.agencyId() != null && actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR,
                Role.UNIT_HEAD, Role.STAFF);
    }

    public static void requireReader(Actor actor) {
        if (!mayRead(actor)) {
            throw new ForbiddenException();
        }
    }

    /** Unit heads (for their own unit) and Office specialists write needs. */
    public static boolean mayCreate(Actor actor) {
        return actor.agencyId() != null && actor.hasAny(Role.UNIT_HEAD, Role.OFFICE_SPECIALIST);
    }

    private static boolean seesAllUnits(Actor actor) {
        return actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public PageResponse<NeedView> search(Actor actor, Integer year, Long unitId, NeedStatus status, String q,
            Pageable pageable) {
        requireReader(actor);
        Long scopeUnit = unitId;
        Long staffId = null;
        if (seesAllUnits(actor)) {
            if (unitId != null) {
                units.visibleUnit(actor, unitId);
            }
        } else if (actor.has(Role.UNIT_HEAD)) {
            if (unitId != null && !unitId.equals(actor.unitId())) {
                throw new NotFoundException("đơn vị");
            }
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
        return PageResponse.of(page, n -> NeedView.of(n, unitName(unitMap, n.getUnitId())));
    }

    public NeedView get(Actor actor, Long id) {
        TrainingNeed n = visible(actor, id);
        return view(actor, n);
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
        if (!mayCreate(actor)) {
            throw new ForbiddenException();
        }
        // a unit head writes for their own unit only: a right, so it is told before the input's faults
        if (!actor.has(Role.OFFICE_SPECIALIST) && data != null && data.unitId() != null
                && !data.unitId().equals(actor.unitId())) {
            throw new ForbiddenException();
        }
        validator.check(data);
        Unit unit = checkUnit(actor, data.unitId());
        checkStaff(unit, data.namedStaff());
        TrainingNeed n = needs.saveAndFlush(TrainingNeed.draft(actor, unit.getAgencyId(), data, at));
        events.publishEvent(AuditEvent.of("CREATE", "need", n.getId(), "Lập nhu cầu «" + n.getTitle() + "» năm "
                + n.getYear() + " của " + unit.getName()));
        return NeedView.of(n, unit.getName());
    }

    /** The right and the state for an edit page's post, before its input is read (403, 404, 409). */
    public void requireEditable(Actor actor, Long id) {
        visible(actor, id).requireEditableBy(actor);
    }

    @Transactional
    public NeedView update(Actor actor, Long id, NeedData data) {
        requireReader(actor);
        TrainingNeed n = visible(actor, id);
        n.requireEditableBy(actor);
        validator.check(data);
        if (data.version() != null && data.version() != n.getVersion()) {
            throw new IllegalTransitionException(
                    "Nhu cầu đã được người khác sửa trong lúc bạn đang sửa. Hãy tải lại trang và nhập lại.");
        }
        Unit unit = units.findUnit(n.getUnitId()).orElseThrow(() -> new NotFoundException("đơn vị"));
        checkStaff(unit, data.namedStaff());
        String before = describe(n);
        n.update(actor, data, now());
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
        n.submit(actor, at);
        return publish(actor, n, AuditEvent.of("SUBMIT", "need", id, "Gửi nhu cầu «" + n.getTitle() + "» cho Văn phòng"));
    }

    @Transactional
    public NeedView returnTo(Actor actor, Long id, String reason) {
        return returnTo(actor, id, reason, now());
    }

    @Transactional
    NeedView returnTo(Actor actor, Long id, String reason, LocalDateTime at) {
        TrainingNeed n = visible(actor, id);
        n.returnTo(actor, reason, at);
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
        n.accept(actor, at);
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
        requireReader(actor);
        TrainingNeed n = needs.findById(id).orElseThrow(() -> new NotFoundException("nhu cầu"));
        if (!n.getAgencyId().equals(actor.agencyId())) {
            throw new NotFoundException("nhu cầu");
        }
        if (seesAllUnits(actor)) {
            return n;
        }
        if (actor.has(Role.UNIT_HEAD) && n.getUnitId().equals(actor.unitId())) {
            return n;
        }
        if (actor.has(Role.STAFF) && !n.getStaffIds().isEmpty()) {
            Optional<Long> own = directory.staffIdOf(actor.userId());
            if (own.isPresent() && n.getStaffIds().contains(own.get())) {
                return n;
            }
        }
        throw new NotFoundException("nhu cầu");
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
