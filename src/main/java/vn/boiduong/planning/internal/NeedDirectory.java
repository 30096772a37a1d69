package vn.boiduong.planning.internal;

import java.util.Collection;
import java.util.List;
import vn.boiduong.planning.ServedNeed;

/** Where the plan reads accepted needs from (the needs module, B1–B2). */
public interface NeedDirectory {

    /** The year's accepted needs of an agency. */
    List<ServedNeed> accepted(Long agencyId, int year);

    /** These needs when they are accepted needs of the agency and year; others are left out. */
    List<ServedNeed> acceptedByIds(Long agencyId, int year, Collection<Long> ids);
}
