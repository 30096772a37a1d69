package vn.boiduong.competency;

import java.util.List;
import vn.boiduong.common.TrainingCategory;

/** A catalogue entry as pages and the API show it. */
public record CompetencyView(Long id, String code, String name, CompetencyGroup group, String groupLabel,
        String description, List<String> levels, List<Training> trainings, boolean active, long version) {

    /** A training category (forms.md code and label) with its optional level that builds the competency. */
    public record Training(TrainingCategory category, String categoryLabel, String level, String levelLabel) {

        public static Training of(TrainingCategory category, String level) {
            return new Training(category, category.label(), level, category.levelLabel(level));
        }

        public String describe() {
            return category.describe(level);
        }
    }
}
