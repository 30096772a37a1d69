package vn.boiduong.planning;

/** B3 done: the Office chief submitted the plan to the Director. */
public record PlanSubmitted(Long planId, Long agencyId, int year, String actor) {
}
