package vn.boiduong.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.competency.NeedSuggestions;
import vn.boiduong.competency.SuggestedNeed;

/**
 * "Create a need from a gap (or a finding) with one click": the competency step proposes the
 * title, category, level, person and rationale; this saves it as a draft of the person's unit, for
 * the unit to add the time and the cost and send it. The need's own rules apply as for any draft.
 */
@Service
public class NeedsFromCompetency {

    private final NeedSuggestions suggestions;
    private final NeedService needs;
    private final Clock clock;
    private final NeedPolicy policy;

    NeedsFromCompetency(NeedSuggestions suggestions, NeedService needs, Clock clock, NeedPolicy policy) {
        this.policy = policy;
        this.suggestions = suggestions;
        this.needs = needs;
        this.clock = clock;
    }

    /** A draft from a person's competency gap (required level above the current one). */
    @Transactional
    public NeedView fromGap(Actor actor, Long staffId, Long competencyId, Integer year) {
        policy.createFromCompetency(actor).orThrow();
        require(staffId, "staffId", competencyId, "competencyId");
        return draft(actor, suggestions.fromGap(actor, staffId, competencyId), year);
    }

    /** A draft from a finding of the organisational analysis (a standard the person does not meet). */
    @Transactional
    public NeedView fromFinding(Actor actor, Long staffId, Long ruleId, Integer year) {
        policy.createFromCompetency(actor).orThrow();
        require(staffId, "staffId", ruleId, "ruleId");
        return draft(actor, suggestions.fromFinding(actor, staffId, ruleId), year);
    }

    private NeedView draft(Actor actor, SuggestedNeed s, Integer year) {
        NeedData data = new NeedData(year != null ? year : LocalDate.now(clock).getYear(), s.unitId(),
                clip(s.title(), 255), s.category(), s.level(), null, s.staffIds(), null, 0L, clip(s.rationale(), 2000),
                null);
        return needs.create(actor, data);
    }

    private static void require(Long a, String aName, Long b, String bName) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new InvalidInputException.FieldError(aName, "Thiếu mã cán bộ."));
        }
        if (b == null) {
            errors.add(new InvalidInputException.FieldError(bName, "Thiếu mã năng lực hoặc tiêu chuẩn."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
