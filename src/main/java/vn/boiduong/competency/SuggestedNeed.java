package vn.boiduong.competency;

import java.util.List;
import vn.boiduong.common.TrainingCategory;

/**
 * A training need the competency step proposes from a gap or a finding, for the needs module to
 * pre-fill a new need with one click. Nothing is stored until the needs module saves it.
 *
 * @param unitId    the unit of the person concerned (the need's unit)
 * @param title     a course-like title, e.g. "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính"
 * @param category  the training category that builds the missing competency or meets the standard
 * @param level     one of {@code category.levels()} codes, or null when the category has none
 * @param staffIds  the people concerned (one today)
 * @param rationale why, in Vietnamese: required against current level, or the standard not met
 */
public record SuggestedNeed(Long unitId, String title, TrainingCategory category, String level, List<Long> staffIds,
        String rationale) {

    public SuggestedNeed {
        staffIds = List.copyOf(staffIds);
    }
}
