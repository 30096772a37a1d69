package vn.boiduong.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InputValidator;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.competency.internal.StandardRule;
import vn.boiduong.competency.internal.StandardRuleRepository;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.UnitService;

/**
 * B1 "phân tích tổ chức" (the Office Chief's): every active person against the standards of their
 * grade, title and post, kept as data in {@code standard_rule}. The Office and the Director see
 * the agency; a unit head sees their own unit (another unit is 404); other roles 403. The Office
 * Chief and the administrator add standards and switch them on or off; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationalAnalysis {

    private final StandardRuleRepository rules;
    private final StaffService staff;
    private final UnitService units;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;

    OrganisationalAnalysis(StandardRuleRepository rules, StaffService staff, UnitService units,
            InputValidator validator, ApplicationEventPublisher events) {
        this.rules = rules;
        this.staff = staff;
        this.units = units;
        this.validator = validator;
        this.events = events;
    }

    public static boolean canEditRules(Actor actor) {
        return actor.hasAny(Role.OFFICE_CHIEF, Role.ADMIN);
    }

    @Transactional
    public StandardRuleView addRule(Actor actor, StandardRuleData d) {
        actor.require(Role.OFFICE_CHIEF, Role.ADMIN);
        validator.check(d);
        String code = d.code().trim().toUpperCase(Locale.ROOT);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (scoped(actor).stream().anyMatch(r -> r.getCode().equals(code))) {
            errors.add(new InvalidInputException.FieldError("code", "Mã tiêu chuẩn '" + code + "' đã tồn tại."));
        }
        List<String> values = checked(d, errors);
        StandardRule r = new StandardRule(code, d.name().trim(), d.condCategory(), blank(d.condGradeCode()),
                d.condLeader(), blank(d.condTitleRank()), d.field(), d.match(),
                values.isEmpty() ? null : String.join("|", values), d.fixCategory(), blank(d.fixLevel()),
                d.fixTitle().trim());
        r.setLegalBasis(blank(d.legalBasis()));
        r.ofAgency(actor.agencyId());
        rules.saveAndFlush(r);
        events.publishEvent(AuditEvent.of("CREATE", "competency", "rule:" + r.getId(), "Thêm tiêu chuẩn " + code
                + ": " + describe(r)));
        return view(r);
    }

    /**
     * A standard changed when the rules change (a new circular): everything but the code, which the
     * findings and the needs made from them refer to. {@code expectedVersion} guards against
     * overwriting someone else's edit; the audit trail keeps the standard as it was.
     */
    @Transactional
    public StandardRuleView updateRule(Actor actor, long id, Long expectedVersion, StandardRuleData d) {
        actor.require(Role.OFFICE_CHIEF, Role.ADMIN);
        StandardRule r = scoped(actor, id);
        validator.check(d);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!d.code().trim().equalsIgnoreCase(r.getCode())) {
            errors.add(new InvalidInputException.FieldError("code", "Mã tiêu chuẩn không đổi được (đang là "
                    + r.getCode() + "); hãy thêm tiêu chuẩn mới và ngừng áp dụng tiêu chuẩn này."));
        }
        List<String> values = checked(d, errors);
        if (expectedVersion != null && expectedVersion != r.getVersion()) {
            throw new IllegalTransitionException("Tiêu chuẩn này đã được người khác sửa trong lúc bạn đang sửa. "
                    + "Hãy tải lại trang và nhập lại.");
        }
        String before = r.getName() + " — " + describe(r);
        r.change(d.name().trim(), blank(d.legalBasis()), d.condCategory(), blank(d.condGradeCode()), d.condLeader(),
                blank(d.condTitleRank()), d.field(), d.match(), values.isEmpty() ? null : String.join("|", values),
                d.fixCategory(), blank(d.fixLevel()), d.fixTitle().trim());
        rules.flush();
        events.publishEvent(AuditEvent.of("UPDATE", "competency", "rule:" + r.getId(), "Sửa tiêu chuẩn "
                + r.getCode() + ". Trước: " + before + ". Sau: " + r.getName() + " — " + describe(r)));
        return view(r);
    }

    /** The checks the annotations cannot make; throws with every error found, {@code errors} included. */
    private static List<String> checked(StandardRuleData d, List<InvalidInputException.FieldError> errors) {
        List<String> values = d.allowedValues() == null ? List.of() : d.allowedValues().stream()
                .filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
        if (d.match() != RuleMatch.PRESENT && values.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("allowedValues", "Hãy nêu ít nhất một giá trị đạt chuẩn."));
        }
        if (values.stream().anyMatch(v -> v.contains("|") || v.length() > 100)
                || String.join("|", values).length() > 500) {
            errors.add(new InvalidInputException.FieldError("allowedValues",
                    "Mỗi giá trị tối đa 100 ký tự, không chứa '|', tổng cộng tối đa 500 ký tự."));
        }
        if (!d.fixCategory().allowsLevel(d.fixLevel())) {
            errors.add(new InvalidInputException.FieldError("fixLevel",
                    CompetencyCatalogue.levelMessage(d.fixCategory(), d.fixLevel())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
        return d.match() == RuleMatch.PRESENT ? List.of() : values;
    }

    private static String describe(StandardRule r) {
        return r.conditionText() + " → " + r.getReqField().label() + " " + r.requiredText() + "; đề xuất: "
                + r.getFixTitle();
    }

    @Transactional
    public StandardRuleView setRuleActive(Actor actor, long id, boolean active) {
        actor.require(Role.OFFICE_CHIEF, Role.ADMIN);
        StandardRule r = scoped(actor, id);
        if (r.isActive() == active) {
            throw new IllegalTransitionException(active ? "Tiêu chuẩn này đang được áp dụng."
                    : "Tiêu chuẩn này đã ngừng áp dụng.");
        }
        r.setActive(active);
        rules.flush();
        events.publishEvent(AuditEvent.of(active ? "REACTIVATE" : "DEACTIVATE", "competency", "rule:" + r.getId(),
                (active ? "Áp dụng lại tiêu chuẩn " : "Ngừng áp dụng tiêu chuẩn ") + r.getCode() + " — " + r.getName()));
        return view(r);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static boolean canView(Actor actor) {
        return actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD);
    }

    static void requireViewer(Actor actor) {
        if (!canView(actor)) {
            throw new ForbiddenException();
        }
    }

    /** The standards are read by whoever sees the analysis and by whoever edits them (the administrator). */
    private static void requireRuleReader(Actor actor) {
        if (!canView(actor) && !canEditRules(actor)) {
            throw new ForbiddenException();
        }
    }

    public StandardRuleView rule(Actor actor, long id) {
        requireRuleReader(actor);
        return view(scoped(actor, id));
    }

    public List<StandardRuleView> rules(Actor actor) {
        requireRuleReader(actor);
        return scoped(actor).stream().map(OrganisationalAnalysis::view).toList();
    }

    /** @param unitId null for every unit the actor sees (the whole agency for the Office and the Director) */
    public List<Finding> findings(Actor actor, Long unitId) {
        requireViewer(actor);
        if (unitId != null) {
            units.visibleUnit(actor, unitId);
        }
        List<StaffView> people = staff.search(actor, unitId, null, true,
                Pageable.unpaged(StaffService.DEFAULT_SORT)).items();
        List<StandardRule> active = actor.agencyId() == null ? List.of()
                : rules.findByAgencyIdAndActiveTrueOrderByCodeAsc(actor.agencyId());
        List<Finding> out = new ArrayList<>();
        for (StaffView s : people) {
            StaffFacts facts = StaffFacts.of(s);
            for (StandardRule r : active) {
                r.check(facts).ifPresent(shortfall -> out.add(finding(s, r, shortfall)));
            }
        }
        return out;
    }

    /** One of the actor's agency's standards. */
    Optional<StandardRule> ownRule(Actor actor, long id) {
        return actor.agencyId() == null ? Optional.empty() : rules.findByIdAndAgencyId(id, actor.agencyId());
    }

    /**
     * The standards the actor works with: the agency's own; for the installation administrator (no
     * agency) the national catalogue that new agencies copy.
     */
    private List<StandardRule> scoped(Actor actor) {
        return actor.agencyId() == null ? rules.findByAgencyIdIsNullOrderByCodeAsc()
                : rules.findByAgencyIdOrderByCodeAsc(actor.agencyId());
    }

    /** One of them; another agency's standard looks missing (404). */
    private StandardRule scoped(Actor actor, long id) {
        return (actor.agencyId() == null ? rules.findByIdAndAgencyIdIsNull(id)
                : rules.findByIdAndAgencyId(id, actor.agencyId()))
                .orElseThrow(() -> new NotFoundException("tiêu chuẩn"));
    }

    static Finding finding(StaffView s, StandardRule r, StandardRule.Shortfall shortfall) {
        String missing = r.getReqField().label() + ": " + (shortfall.current() == null ? "chưa có thông tin"
                : "hiện có " + shortfall.current()) + ", cần " + shortfall.required();
        return new Finding(s.id() + "-" + r.getId(), s.id(), s.code(), s.fullName(), s.unitId(), s.unitName(),
                r.getId(), r.getCode(), r.getName(), r.getReqField(), r.getReqField().label(), shortfall.current(),
                shortfall.required(), missing, r.getFixCategory(), r.getFixLevel(), r.getFixTitle(),
                r.getFixCategory().describe(r.getFixLevel()));
    }

    static StandardRuleView view(StandardRule r) {
        return new StandardRuleView(r.getId(), r.getCode(), r.getName(), r.getLegalBasis(), r.conditionText(),
                r.getReqField(), r.getReqMatch(), r.allowedValues(), r.requiredText(), r.getFixCategory(),
                r.getFixLevel(), r.getFixTitle(), r.isActive(), r.getCondCategory(), r.getCondGradeCode(),
                r.getCondLeader(), r.getCondTitleRank(), r.getVersion());
    }
}
