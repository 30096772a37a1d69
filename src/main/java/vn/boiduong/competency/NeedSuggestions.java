package vn.boiduong.competency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;

/**
 * The competency step's public face for the needs module: "create a need from a gap (or a finding)
 * with one click". Same rights and unit scope as reading the gap or the finding itself: a person
 * outside the actor's scope is 404, a role that may not read them is 403.
 */
@Service
@Transactional(readOnly = true)
public class NeedSuggestions {

    /** From a competency gap of one person: the competency's training, required against current level. */
    public SuggestedNeed fromGap(Actor actor, long staffId, long competencyId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** From an organisational-analysis finding: the person fails the standard rule; its fix is the need. */
    public SuggestedNeed fromFinding(Actor actor, long staffId, long ruleId) {
        throw new UnsupportedOperationException("not yet");
    }
}
