package vn.boiduong.planning;

/**
 * A plan's agency, year and status without its items: for readers of a plan's execution (B6's
 * supervision reads the plan's classes, not its 2,000 items).
 */
public record PlanHeader(Long id, Long agencyId, int year, PlanStatus status) implements PlanPolicy.Subject {

    @Override
    public boolean hasItems() {
        return true;
    }
}
