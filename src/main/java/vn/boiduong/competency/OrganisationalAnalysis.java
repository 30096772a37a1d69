package vn.boiduong.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.Role;
import vn.boiduong.competency.internal.StandardRule;
import vn.boiduong.competency.internal.StandardRuleRepository;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;
import vn.boiduong.organization.UnitService;

/**
 * B1 "phân tích tổ chức" (the Office Chief's): every active person against the standards of their
 * grade, title and post, kept as data in {@code standard_rule}. The Office and the Director see
 * the agency; a unit head sees their own unit (another unit is 404); other roles 403.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationalAnalysis {

    private final StandardRuleRepository rules;
    private final StaffService staff;
    private final UnitService units;

    OrganisationalAnalysis(StandardRuleRepository rules, StaffService staff, UnitService units) {
        this.rules = rules;
        this.staff = staff;
        this.units = units;
    }

    public static boolean canView(Actor actor) {
        return actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD);
    }

    static void requireViewer(Actor actor) {
        if (!canView(actor)) {
            throw new ForbiddenException();
        }
    }

    public List<StandardRuleView> rules(Actor actor) {
        requireViewer(actor);
        return rules.findAllByOrderByCodeAsc().stream().map(OrganisationalAnalysis::view).toList();
    }

    /** @param unitId null for every unit the actor sees (the whole agency for the Office and the Director) */
    public List<Finding> findings(Actor actor, Long unitId) {
        requireViewer(actor);
        if (unitId != null) {
            units.visibleUnit(actor, unitId);
        }
        List<StaffView> people = staff.search(actor, unitId, null, true,
                Pageable.unpaged(StaffService.DEFAULT_SORT)).items();
        List<StandardRule> active = rules.findByActiveTrueOrderByCodeAsc();
        List<Finding> out = new ArrayList<>();
        for (StaffView s : people) {
            StaffFacts facts = StaffFacts.of(s);
            for (StandardRule r : active) {
                r.check(facts).ifPresent(shortfall -> out.add(finding(s, r, shortfall)));
            }
        }
        return out;
    }

    Optional<StandardRule> rule(long id) {
        return rules.findById(id);
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
                r.getFixLevel(), r.getFixTitle(), r.isActive());
    }
}
