package vn.boiduong.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The editable facts of a staff record, as a form, the API and the Excel import give them. */
public record StaffData(
        @NotNull(message = "{staff.unit.required}") Long unitId,
        @NotBlank(message = "{staff.fullName.required}") @Size(max = 150, message = "{staff.fullName.size}") String fullName,
        @NotNull(message = "{staff.category.required}") StaffCategory category,
        @NotNull(message = "{staff.gender.required}") Gender gender,
        @NotNull(message = "{staff.birthDate.required}") @Past(message = "{staff.birthDate.past}") LocalDate birthDate,
        boolean ethnicMinority,
        @Size(max = 100, message = "{text.size100}") String position,
        @Pattern(regexp = "^$|^01\\.00[1-5]$", message = "{staff.grade.invalid}") String gradeCode,
        @Size(max = 150, message = "{text.size150}") String professionalTitle,
        @Pattern(regexp = "^$|^(I|II|III|IV)$", message = "{staff.rank.invalid}") String titleRank,
        boolean leader,
        @Size(max = 100, message = "{text.size100}") String degree,
        @Size(max = 30, message = "{text.size30}") String politicalTheory,
        @Size(max = 30, message = "{text.size30}") String stateManagement,
        @Size(max = 100, message = "{text.size100}") String itLevel,
        @Size(max = 100, message = "{text.size100}") String foreignLanguage) {
}
