package vn.boiduong.competency;

import java.util.List;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.organization.StaffCategory;

/**
 * A standard of the organisational analysis as pages and the API show it: {@code condition} and
 * {@code required} in words, the conditions one by one as {@link StandardRuleData} takes them (an
 * edit sends them back), and the {@code version} an edit must quote.
 */
public record StandardRuleView(Long id, String code, String name, String legalBasis, String condition,
        StaffField field, RuleMatch match, List<String> allowedValues, String required,
        TrainingCategory fixCategory, String fixLevel, String fixTitle, boolean active,
        StaffCategory condCategory, String condGradeCode, Boolean condLeader, String condTitleRank, long version) {
}
