package vn.boiduong.procedure;

import java.util.Optional;
import vn.boiduong.common.Actor;

/**
 * Service-provider interface, like {@link StepProgress}: a module that gives the units a due date
 * within a step (the needs module: the year's collection of needs) tells the home page which units
 * have let it pass, so the Office sees them by name on its dashboard.
 */
public interface LateUnitsSource {

    /**
     * @return the late units of the year, or empty when the step has no due date that year, the date
     *         has not passed, nobody is late, or {@code actor} is not one who follows it up
     */
    Optional<LateUnits> lateUnits(Actor actor, int year);
}
