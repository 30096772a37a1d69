package vn.boiduong.competency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.organization.StaffCategory;

/**
 * A new standard of the organisational analysis (when a decree changes the rules). Conditions left
 * empty match everyone; {@code allowedValues} is required unless {@code match} is PRESENT.
 */
public record StandardRuleData(
        @NotBlank(message = "{competency.code.required}")
        @Pattern(regexp = "^$|^[A-Za-z0-9._-]{1,30}$", message = "{competency.code.invalid}") String code,
        @NotBlank(message = "{rule.name.required}") @Size(max = 300, message = "{text.size300}") String name,
        @Size(max = 300, message = "{text.size300}") String legalBasis,
        StaffCategory condCategory,
        @Pattern(regexp = "^$|^01\\.00[1-5]$", message = "{staff.grade.invalid}") String condGradeCode,
        Boolean condLeader,
        @Pattern(regexp = "^$|^(I|II|III|IV)$", message = "{staff.rank.invalid}") String condTitleRank,
        @NotNull(message = "{rule.field.required}") StaffField field,
        @NotNull(message = "{rule.match.required}") RuleMatch match,
        List<String> allowedValues,
        @NotNull(message = "{rule.fixCategory.required}") TrainingCategory fixCategory,
        String fixLevel,
        @NotBlank(message = "{rule.fixTitle.required}") @Size(max = 300, message = "{text.size300}") String fixTitle) {
}
