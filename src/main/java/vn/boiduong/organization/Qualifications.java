package vn.boiduong.organization;

import java.util.List;
import java.util.Optional;
import vn.boiduong.common.TrainingCategory;

/**
 * Which staff qualification a completed class raises, and whether it is a raise at all: political
 * theory (POLITICAL_THEORY: Cao cấp › Trung cấp › Sơ cấp → {@code politicalTheory}) and state
 * management (STATE_MANAGEMENT: CVCC › CVC › CV › Cán sự → {@code stateManagement}). The staff record
 * holds the level's label, as the forms print it. A qualification only goes up: a lower or equal level
 * changes nothing, nor does a current value that is not one of the category's labels (it was typed
 * by hand and nobody can say which is higher).
 */
public final class Qualifications {

    private Qualifications() {
    }

    /** The staff field a category raises, or empty when it raises none. */
    public static Optional<String> field(TrainingCategory category) {
        if (category == null) {
            return Optional.empty();
        }
        return switch (category) {
            case POLITICAL_THEORY -> Optional.of("politicalTheory");
            case STATE_MANAGEMENT -> Optional.of("stateManagement");
            default -> Optional.empty();
        };
    }

    /**
     * The new value of the field when the class's level is higher than the current one; empty when
     * nothing changes.
     */
    public static Optional<String> raised(TrainingCategory category, String levelCode, String current) {
        if (field(category).isEmpty() || levelCode == null) {
            return Optional.empty();
        }
        List<TrainingCategory.Level> levels = category.levels();
        int offered = indexOfCode(levels, levelCode);
        if (offered < 0) {
            return Optional.empty();
        }
        String label = levels.get(offered).label();
        if (current == null || current.isBlank()) {
            return Optional.of(label);
        }
        int held = indexOfLabel(levels, current.strip());
        // levels are listed highest first: a smaller index is a higher level
        return held >= 0 && offered < held ? Optional.of(label) : Optional.empty();
    }

    private static int indexOfCode(List<TrainingCategory.Level> levels, String code) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLabel(List<TrainingCategory.Level> levels, String label) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).label().equalsIgnoreCase(label)) {
                return i;
            }
        }
        return -1;
    }
}
