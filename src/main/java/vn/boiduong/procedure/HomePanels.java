package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.List;
import vn.boiduong.common.Actor;

/**
 * Service-provider interface, like {@link NextSteps}: a module after the procedure (reporting's
 * dashboards) offers the home page panels for the actor's roles, without the procedure module
 * depending on it. Each panel names a Thymeleaf template whose fragment {@code panel(data)} the home
 * page inserts with the panel's data, in the order of {@link HomePanel#order()}.
 */
public interface HomePanels {

    /**
     * @param year  the year the home page shows
     * @param today the day "this week" and "late" are judged on
     */
    List<HomePanel> panels(Actor actor, int year, LocalDate today);

    /** A panel: the template holding fragment {@code panel(data)}, its place, and what it shows. */
    record HomePanel(String template, int order, Object data) {
    }
}
