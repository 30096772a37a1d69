package vn.boiduong.planning.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.needs.ConsolidatedNeeds;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.needs.NeedView;
import vn.boiduong.planning.ServedNeed;

/** The accepted needs of B1–B2, read through the needs module's public query. */
@Component
class NeedsModuleDirectory implements NeedDirectory {

    private final ConsolidatedNeeds needs;

    NeedsModuleDirectory(ConsolidatedNeeds needs) {
        this.needs = needs;
    }

    @Override
    public List<ServedNeed> accepted(Long agencyId, int year) {
        return needs.accepted(agencyId, year).stream().map(NeedsModuleDirectory::served).toList();
    }

    @Override
    public List<ServedNeed> acceptedByIds(Long agencyId, int year, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return needs.byIds(agencyId, ids).stream()
                .filter(n -> n.status() == NeedStatus.ACCEPTED && n.year() == year)
                .map(NeedsModuleDirectory::served).toList();
    }

    private static ServedNeed served(NeedView n) {
        return new ServedNeed(n.id(), n.unitId(), n.unitName(), n.title(), n.categoryLabel(), n.levelLabel(),
                n.headcount(), n.estimatedCost(), n.staffIds());
    }
}
