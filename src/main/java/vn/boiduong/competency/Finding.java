package vn.boiduong.competency;

import vn.boiduong.common.TrainingCategory;

/**
 * One result of the organisational analysis: a person who does not meet a standard, what is missing
 * and the training that would fix it. Identified by the pair (staffId, ruleId), which is what
 * {@link NeedSuggestions#fromFinding} takes.
 *
 * @param current what the staff record says today, null when empty
 * @param missing the shortfall in words, e.g. "Trình độ quản lý nhà nước: hiện có CV, cần CVC hoặc CVCC"
 */
public record Finding(String id, Long staffId, String staffCode, String fullName, Long unitId, String unitName,
        Long ruleId, String ruleCode, String ruleName, StaffField field, String fieldLabel, String current,
        String required, String missing, TrainingCategory suggestedCategory, String suggestedLevel,
        String suggestedTitle, String suggestion) {
}
