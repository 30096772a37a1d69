package vn.boiduong.competency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new assessment of one person in one competency; the assessor is whoever records it. */
public record AssessmentData(
        @NotNull(message = "{competency.required}") Long competencyId,
        @NotNull(message = "{competency.level.required}") @Min(value = 1, message = "{competency.level.range}")
        @Max(value = 5, message = "{competency.level.range}") Integer level,
        @NotNull(message = "{assessment.date.required}") LocalDate assessedOn,
        @Size(max = 1000, message = "{text.size1000}") String evidence) {
}
