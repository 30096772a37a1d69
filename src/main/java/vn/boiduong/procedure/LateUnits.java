package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The units that let a due date of a step pass without doing their part, as the module that set the
 * date reports them (B1: the units that sent no need by the collection's due date).
 *
 * @param stepCode  "B1" … "B7"; the home page names the step's duty from its message bundle
 * @param year      the year of the plan
 * @param dueDate   the date that passed
 * @param unitNames the late units, in the agency's order
 * @param href      the page where the Office follows it up
 */
public record LateUnits(String stepCode, int year, LocalDate dueDate, List<String> unitNames, String href) {

    public LateUnits {
        Objects.requireNonNull(stepCode, "stepCode");
        Objects.requireNonNull(dueDate, "dueDate");
        unitNames = List.copyOf(unitNames);
    }
}
