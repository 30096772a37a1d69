package vn.boiduong.competency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.boiduong.common.TrainingCategory;

/**
 * What an editor sends for a catalogue entry. The five level descriptions and the trainings are
 * checked by the service (one message per element, e.g. {@code levels[2]}, {@code trainings[0].level}).
 */
public record CompetencyData(
        @NotBlank(message = "{competency.code.required}")
        @Pattern(regexp = "^$|^[A-Za-z0-9._-]{1,30}$", message = "{competency.code.invalid}") String code,
        @NotBlank(message = "{competency.name.required}") @Size(max = 200, message = "{competency.name.size}") String name,
        @NotNull(message = "{competency.group.required}") CompetencyGroup group,
        @Size(max = 2000, message = "{text.size2000}") String description,
        List<String> levels,
        List<TrainingData> trainings) {

    /** A training category code of forms.md and, for categories that have them, one of its level codes. */
    public record TrainingData(TrainingCategory category, String level) {
    }
}
