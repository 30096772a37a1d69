package vn.boiduong.planning;

import java.util.List;

/** The Director returned the plan to the Office with a reason. */
public record PlanReturned(Long planId, Long agencyId, int year, String reason, List<Long> needIds, String actor) {
}
