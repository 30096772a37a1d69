package vn.boiduong.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.organization.internal.StaffRepository;

/**
 * Who the staff of an agency are, by kind ({@link StaffGroup}): what the plan forms need to split a
 * planned headcount into cán bộ, công chức, viên chức, người lao động and leaders. No role check:
 * counts only, for callers that have checked who may see the form.
 */
@Service
@Transactional(readOnly = true)
public class StaffComposition {

    private final StaffRepository staff;

    StaffComposition(StaffRepository staff) {
        this.staff = staff;
    }

    /** Active staff of the agency by unit, then by kind. */
    public Map<Long, Map<StaffGroup, Integer>> byUnit(Long agencyId) {
        Map<Long, Map<StaffGroup, Integer>> out = new HashMap<>();
        for (Object[] r : staff.compositionByUnit(agencyId)) {
            out.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>())
                    .merge(new StaffGroup((StaffCategory) r[1], (Boolean) r[2]), ((Number) r[3]).intValue(), Integer::sum);
        }
        return out;
    }

    /** The kind of each of these people (of the agency; others are left out). */
    public Map<Long, StaffGroup> groupsOf(Long agencyId, Collection<Long> staffIds) {
        Map<Long, StaffGroup> out = new HashMap<>();
        if (staffIds.isEmpty()) {
            return out;
        }
        // in chunks: a province-wide plan may name more people than a query may have parameters
        java.util.List<Long> ids = java.util.List.copyOf(new java.util.LinkedHashSet<>(staffIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] r : staff.groupsOf(agencyId, ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                out.put((Long) r[0], new StaffGroup((StaffCategory) r[1], (Boolean) r[2]));
            }
        }
        return out;
    }
}
