package vn.boiduong.organization;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import vn.boiduong.common.Role;
import vn.boiduong.organization.internal.StaffRepository;
import vn.boiduong.organization.internal.StaffDirectory;
import vn.boiduong.organization.internal.StaffSearch;

/** Reading and editing staff records, within the actor's agency and unit scope. */
@Service
@Transactional(readOnly = true)
public class StaffService {

    /** API sort fields → entity properties; "fullName" sorts the Vietnamese way. */
    public static final Map<String, String> SORTABLE = Map.of("fullName", "nameSortKey", "code", "code",
            "birthDate", "birthDate", "category", "category", "unitId", "unitId");
    public static final Sort DEFAULT_SORT = Sort.by("nameSortKey").and(Sort.by("id"));

    private final StaffRepository staff;
    private final StaffSearch staffSearch;
    private final StaffDirectory directory;
    private final UnitService units;
    private final ApplicationEventPublisher events;
    private final vn.boiduong.common.InputValidator validator;

    StaffService(StaffRepository staff, StaffSearch staffSearch, StaffDirectory directory, UnitService units,
            ApplicationEventPublisher events, vn.boiduong.common.InputValidator validator) {
        this.staff = staff;
        this.directory = directory;
        this.staffSearch = staffSearch;
        this.units = units;
        this.events = events;
        this.validator = validator;
    }

    public static void requireReader(Actor actor) {
        if (!actor.seesWholeAgency() && !actor.has(Role.UNIT_HEAD)) {
            throw new ForbiddenException();
        }
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[\\p{L}0-9._/-]{1,30}");

    /** A staff code: 1–30 letters, digits, '.', '_', '/', '-' (the form, the API and the Excel import alike). */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static void requireEditor(Actor actor) {
        actor.require(Role.OFFICE_SPECIALIST, Role.OFFICE_CHIEF, Role.ADMIN);
    }

    /**
     * A page of the staff list. Without a transaction around it (the list page, the API) it is
     * answered from the agency's copy in memory; inside another module's transaction, or unpaged,
     * by the database (organization.internal.StaffSearch says why).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public PageResponse<StaffView> search(Actor actor, Long unitId, String q, boolean activeOnly, Pageable pageable) {
        requireReader(actor);
        Long scopeUnit = unitId;
        if (unitId != null) {
            units.visibleUnit(actor, unitId);
        } else if (!actor.seesWholeAgency()) {
            scopeUnit = actor.unitId();
        }
        if (actor.agencyId() == null) {
            throw new InvalidInputException("Tài khoản chưa gắn với cơ quan nào.",
                    java.util.List.of(new InvalidInputException.FieldError("agencyId", "Chưa gắn cơ quan.")));
        }
        String needle = q == null || q.isBlank() ? null : vn.boiduong.common.SearchTerms.withoutWildcards(VietnameseNames.fold(q));
        if (pageable.isPaged() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            return PageResponse.of(staffSearch.views(actor.agencyId(), scopeUnit, needle, activeOnly, pageable),
                    java.util.function.Function.identity());
        }
        Page<Staff> page = staffSearch.page(actor.agencyId(), scopeUnit, needle == null ? null : "%" + needle + "%",
                activeOnly, pageable);
        Map<Long, Unit> unitMap = units.unitsById(actor);
        return PageResponse.of(page, s -> StaffView.of(s, unitName(unitMap, s.getUnitId())));
    }

    private static String unitName(Map<Long, Unit> unitMap, Long id) {
        Unit u = unitMap.get(id);
        return u == null ? null : u.getName();
    }

    public StaffView get(Actor actor, Long id) {
        requireReader(actor);
        Staff s = visible(actor, id);
        return StaffView.of(s, units.visibleUnit(actor, s.getUnitId()).getName());
    }

    /** The staff record behind a user (for a staff member's own page); no scope check beyond the id. */
    public java.util.Optional<StaffView> own(Long staffId) {
        return staff.findById(staffId).map(s -> StaffView.of(s, units.findUnit(s.getUnitId()).map(Unit::getName)
                .orElse(null)));
    }

    /** The people with these ids (any agency: the caller's policy checks the scope), in name order. */
    public List<StaffCard> cards(java.util.Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return staff.findByIdIn(ids).stream()
                .sorted(java.util.Comparator.comparing(Staff::getNameSortKey).thenComparing(Staff::getId))
                .map(this::card).toList();
    }

    /** A unit's active people in name order, as a unit head chooses among them. */
    public List<StaffCard> activeCardsOfUnit(Long unitId) {
        return staff.findByUnitIdAndActiveTrueOrderByNameSortKeyAscIdAsc(unitId).stream().map(this::card).toList();
    }

    private StaffCard card(Staff s) {
        return new StaffCard(s.getId(), s.getAgencyId(), s.getUnitId(),
                units.findUnit(s.getUnitId()).map(Unit::getName).orElse(null), s.getFullName(), s.isActive());
    }

    private Staff visible(Actor actor, Long id) {
        Staff s = staff.findById(id).orElseThrow(() -> new NotFoundException("cán bộ"));
        if (!actor.seesUnit(s.getAgencyId(), s.getUnitId())) {
            throw new NotFoundException("cán bộ");
        }
        return s;
    }

    @Transactional
    public StaffView create(Actor actor, String code, StaffData data) {
        requireEditor(actor);
        validator.check(data);
        Unit unit = checkUnit(actor, data.unitId());
        String c = code == null ? "" : code.trim();
        if (!isValidCode(c)) {
            throw InvalidInputException.of("code", "Mã cán bộ là bắt buộc, tối đa 30 ký tự chữ, số, . _ / -.");
        }
        if (staff.findByAgencyIdAndCode(unit.getAgencyId(), c).isPresent()) {
            throw InvalidInputException.of("code", "Mã cán bộ '" + c + "' đã tồn tại.");
        }
        checkConsistency(data);
        Staff s = staff.save(new Staff(unit.getAgencyId(), c, data));
        directory.changed(s.getAgencyId());
        events.publishEvent(AuditEvent.of("CREATE", "staff", s.getId(), "Thêm cán bộ " + s.getFullName() + " (" + c
                + ")"));
        return StaffView.of(s, unit.getName());
    }

    @Transactional
    public StaffView update(Actor actor, Long id, Long expectedVersion, StaffData data) {
        requireEditor(actor);
        validator.check(data);
        Staff s = visible(actor, id);
        if (expectedVersion != null && expectedVersion != s.getVersion()) {
            throw new IllegalTransitionException(
                    "Hồ sơ đã được người khác sửa trong lúc bạn đang sửa. Hãy tải lại trang và nhập lại.");
        }
        Unit unit = checkUnit(actor, data.unitId());
        checkConsistency(data);
        StaffData before = s.data();
        s.apply(data);
        staff.flush();
        directory.changed(s.getAgencyId());
        events.publishEvent(AuditEvent.of("UPDATE", "staff", s.getId(), "Sửa hồ sơ " + s.getFullName() + ": "
                + diff(before, data)));
        return StaffView.of(s, unit.getName());
    }

    @Transactional
    public void deactivate(Actor actor, Long id) {
        requireEditor(actor);
        Staff s = visible(actor, id);
        s.deactivate();
        directory.changed(s.getAgencyId());
        events.publishEvent(AuditEvent.of("DEACTIVATE", "staff", id, "Ngừng hoạt động hồ sơ " + s.getFullName()));
    }

    @Transactional
    public void reactivate(Actor actor, Long id) {
        requireEditor(actor);
        Staff s = visible(actor, id);
        s.reactivate();
        directory.changed(s.getAgencyId());
        events.publishEvent(AuditEvent.of("REACTIVATE", "staff", id, "Kích hoạt lại hồ sơ " + s.getFullName()));
    }

    /**
     * A completed class raises a qualification of the staff record (only upward, see
     * {@link Qualifications}), audited with the class it came from. Called by {@code delivery} in the
     * transaction that records the results; answers whether the record changed.
     */
    @Transactional
    public boolean raiseQualification(Long staffId, vn.boiduong.common.TrainingCategory category, String levelCode,
            String because) {
        String field = Qualifications.field(category).orElse(null);
        if (field == null) {
            return false;
        }
        Staff s = staff.findById(staffId).orElseThrow(() -> new NotFoundException("cán bộ"));
        String current = "politicalTheory".equals(field) ? s.getPoliticalTheory() : s.getStateManagement();
        String next = Qualifications.raised(category, levelCode, current).orElse(null);
        if (next == null) {
            return false;
        }
        s.raiseQualification(field, next);
        staff.flush();
        directory.changed(s.getAgencyId());
        String label = "politicalTheory".equals(field) ? "Trình độ lý luận chính trị" : "Trình độ quản lý nhà nước";
        events.publishEvent(AuditEvent.of("QUALIFICATION", "staff", s.getId(), label + " của " + s.getFullName()
                + ": " + (current == null || current.isBlank() ? "(chưa có)" : current) + " → " + next + " ("
                + because + ")"));
        return true;
    }

    private Unit checkUnit(Actor actor, Long unitId) {
        try {
            return units.visibleUnit(actor, unitId);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("unitId", "Đơn vị không tồn tại hoặc ngoài phạm vi của bạn.");
        }
    }

    /** Rules that cross fields: a civil servant has a grade; a public employee a professional title. */
    static void checkConsistency(StaffData d) {
        if (d.category() == StaffCategory.CIVIL_SERVANT && (d.gradeCode() == null || d.gradeCode().isBlank())) {
            throw InvalidInputException.of("gradeCode", "Công chức phải có mã ngạch (01.001–01.005).");
        }
        if (d.category() == StaffCategory.PUBLIC_EMPLOYEE
                && (d.professionalTitle() == null || d.professionalTitle().isBlank())) {
            throw InvalidInputException.of("professionalTitle", "Viên chức phải có chức danh nghề nghiệp.");
        }
    }

    /** A short summary of what changed, field by field, for the audit trail. */
    static String diff(StaffData before, StaffData after) {
        StringBuilder sb = new StringBuilder();
        try {
            for (java.lang.reflect.RecordComponent c : StaffData.class.getRecordComponents()) {
                Object b = c.getAccessor().invoke(before);
                Object a = c.getAccessor().invoke(after);
                if (!java.util.Objects.equals(a, b)) {
                    sb.append(sb.isEmpty() ? "" : "; ").append(c.getName()).append(": ").append(b).append(" → ")
                            .append(a);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        String s = sb.isEmpty() ? "không thay đổi" : sb.toString();
        return s.length() > 3500 ? s.substring(0, 3500) + "…" : s;
    }
}
