package vn.boiduong.planning;

/**
 * A consolidated (accepted) need as the plan sees it: whose unit, what, how many people, and the
 * people it names (when the unit head named them), which tell forms 2a/2b who they are.
 */
public record ServedNeed(Long id, Long unitId, String unitName, String title, String categoryLabel, String levelLabel,
        int headcount, long estimatedCost, java.util.List<Long> staffIds) {

    public ServedNeed {
        staffIds = staffIds == null ? java.util.List.of() : java.util.List.copyOf(staffIds);
    }
}
