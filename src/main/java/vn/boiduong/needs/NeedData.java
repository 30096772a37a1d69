package vn.boiduong.needs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.boiduong.common.TrainingCategory;

/**
 * The editable facts of a need, as the API (api.md: POST /api/v1/needs) and the page form give
 * them. Validated by the service after its right check, so that the unauthorised learn 403 first.
 *
 * @param headcount ignored when {@code staffIds} names people: then it is their number
 * @param version   for an edit: the version read, so that a concurrent change is a 409 (optional)
 */
public record NeedData(
        @NotNull(message = "{need.year.required}") @Min(value = 2000, message = "{need.year.range}")
        @Max(value = 2100, message = "{need.year.range}") Integer year,
        @NotNull(message = "{need.unit.required}") Long unitId,
        @NotBlank(message = "{need.title.required}") @Size(max = 255, message = "{need.title.size}") String title,
        @NotNull(message = "{need.category.required}") TrainingCategory category,
        @Size(max = 30, message = "{need.level.invalid}") String level,
        @Min(value = 1, message = "{need.headcount.min}") @Max(value = 100000, message = "{need.headcount.max}")
        Integer headcount,
        @Size(max = 500, message = "{need.staff.size}") List<Long> staffIds,
        @Min(value = 1, message = "{need.quarter.range}") @Max(value = 4, message = "{need.quarter.range}")
        Integer plannedQuarter,
        @NotNull(message = "{need.cost.required}") @Min(value = 0, message = "{need.cost.min}")
        @Max(value = 1_000_000_000_000L, message = "{need.cost.max}") Long estimatedCost,
        @Size(max = 2000, message = "{need.rationale.size}") String rationale,
        Long version) {

    /** Named people, without repeats or nulls, in the order given. */
    public List<Long> namedStaff() {
        return staffIds == null ? List.of() : staffIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public String trimmedLevel() {
        return level == null || level.isBlank() ? null : level.trim();
    }
}
