package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.List;
import vn.boiduong.common.Actor;

/**
 * Service-provider interface, like {@link StepProgress}: each module that carries out a step
 * (needs, planning, and delivery, reporting, archive after them) implements it as a Spring bean and
 * offers the home page the acts its own policy allows the actor, so the home page never offers what
 * the step would refuse, without the procedure module depending on the steps.
 * <p>The home page places each offered act where its role's list names it (by key); an act it does
 * not name is not shown.
 */
public interface NextSteps {

    /**
     * @param year  where the year stands (its due dates, which steps are done)
     * @param today the date "missed" is judged on
     */
    List<NextStep> offeredTo(Actor actor, YearProgress year, LocalDate today);
}
