package vn.boiduong.planning;

/** A consolidated (accepted) need as the plan sees it: whose unit, what, how many people. */
public record ServedNeed(Long id, Long unitId, String unitName, String title, String categoryLabel, String levelLabel,
        int headcount, long estimatedCost) {
}
