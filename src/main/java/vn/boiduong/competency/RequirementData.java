package vn.boiduong.competency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new requirement: exactly one of job position, grade code or professional title, and a level 1–5. */
public record RequirementData(
        Long jobPositionId,
        @Pattern(regexp = "^$|^01\\.00[1-5]$", message = "{staff.grade.invalid}") String gradeCode,
        @Size(max = 150, message = "{text.size150}") String professionalTitle,
        @NotNull(message = "{competency.level.required}") @Min(value = 1, message = "{competency.level.range}")
        @Max(value = 5, message = "{competency.level.range}") Integer level) {
}
