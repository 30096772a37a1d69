package vn.boiduong.archive.internal;

import java.util.Set;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;

/**
 * The archive reading a step's documents after the step's event: the Office of the agency acting
 * as the filing clerk (the event's own actor is kept as "filed by"). Only the filing listeners use it.
 */
final class SystemActor {

    private SystemActor() {
    }

    static Actor officeOf(Long agencyId) {
        return new Actor(null, "system", "Lưu trữ tự động", Set.of(Role.OFFICE_CHIEF), null, agencyId);
    }
}
