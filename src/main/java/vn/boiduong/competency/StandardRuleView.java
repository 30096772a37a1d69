package vn.boiduong.competency;

import java.util.List;
import vn.boiduong.common.TrainingCategory;

/** A standard of the organisational analysis as pages and the API show it. */
public record StandardRuleView(Long id, String code, String name, String legalBasis, String condition,
        StaffField field, RuleMatch match, List<String> allowedValues, String required,
        TrainingCategory fixCategory, String fixLevel, String fixTitle, boolean active) {
}
