package vn.boiduong.needs;

import java.util.Collection;

/**
 * Asked before the Office unmerges a consolidated line: does a later step (the plan, issue 4) use
 * any of these needs? Planning implements it as a bean; with none present nothing is in use. The
 * needs module so never depends on planning, which comes after it.
 */
public interface NeedUsage {

    /** @return a short Vietnamese description of the use ("Kế hoạch năm 2026"), or null when unused */
    String usedBy(Long agencyId, Collection<Long> needIds);
}
