package vn.boiduong.needs;

import java.util.List;
import vn.boiduong.common.TrainingCategory;

/**
 * B2: a year's accepted needs grouped by category, level and title (or by the Office's
 * consolidated line, when merged), with their totals.
 */
public record NeedSummary(int year, List<Line> items, int totalHeadcount, long totalEstimatedCost, int needCount) {

    /**
     * One group. {@code consolidatedNeedId} is set when the Office merged these needs into a line;
     * {@code needs} are the originals, always kept.
     */
    public record Line(Long consolidatedNeedId, String title, TrainingCategory category, String categoryLabel,
            String level, String levelLabel, int headcount, int unitCount, List<Long> unitIds, List<String> unitNames,
            long estimatedCost, List<Integer> quarters, List<Long> needIds, List<Source> needs) {

        public boolean merged() {
            return consolidatedNeedId != null;
        }

        /** "Quý 1, 3" or "" when no need gave a quarter. */
        public String quarterText() {
            return quarters.isEmpty() ? "" : "Quý " + String.join(", ", quarters.stream().map(String::valueOf).toList());
        }
    }

    /** An accepted need under a line, as the consolidation page lists it. */
    public record Source(Long id, Long unitId, String unitName, String title, String level, String levelLabel,
            int headcount, long estimatedCost, Integer plannedQuarter) {
    }
}
