package vn.boiduong.planning.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.planning.ServedNeed;

/** Until the needs module is wired in, there are no accepted needs to serve. */
@Component
class NoNeedDirectory implements NeedDirectory {

    @Override
    public List<ServedNeed> accepted(Long agencyId, int year) {
        return List.of();
    }

    @Override
    public List<ServedNeed> acceptedByIds(Long agencyId, int year, Collection<Long> ids) {
        return List.of();
    }
}
