package vn.boiduong.delivery;

import java.time.LocalDate;

/** A class as the API and the pages list it, with its counts of nominated, enrolled and completed people. */
public record ClassView(Long id, Long planId, Long planItemId, int year, String kind, String kindLabel, String title,
        String category, String categoryLabel, String level, String levelLabel, int headcount, LocalDate startDate,
        LocalDate endDate, String location, String institution, long budget, String fundingSource,
        String fundingSourceLabel, ClassStatus status, String statusLabel, int enrolled, int completed,
        int nominated) {

    static ClassView of(TrainingClass c, int enrolled, int completed, int nominated) {
        return new ClassView(c.getId(), c.getPlanId(), c.getPlanItemId(), c.getYear(), c.getKind().name(),
                c.getKind().label(), c.getTitle(), c.getCategory().name(), c.getCategory().label(), c.getLevelCode(),
                c.getCategory().levelLabel(c.getLevelCode()), c.getHeadcount(), c.getStartDate(), c.getEndDate(),
                c.getLocation(), c.getInstitution(), c.getBudgetTotal(), c.getFundingSource().name(),
                c.getFundingSource().label(), c.getStatus(), c.getStatus().label(), enrolled, completed, nominated);
    }

    /** Seats left: the headcount less the enrolled. */
    public int seatsLeft() {
        return Math.max(0, headcount - enrolled);
    }
}
