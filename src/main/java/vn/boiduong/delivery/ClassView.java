package vn.boiduong.delivery;

import java.time.LocalDate;

/** A class as the API and the pages list it; enrolled and completed are counted once B5 enrols people. */
public record ClassView(Long id, Long planId, Long planItemId, int year, String kind, String kindLabel, String title,
        String category, String categoryLabel, String level, String levelLabel, int headcount, LocalDate startDate,
        LocalDate endDate, String location, String institution, long budget, String fundingSource,
        String fundingSourceLabel, ClassStatus status, String statusLabel, int enrolled, int completed) {

    static ClassView of(TrainingClass c) {
        return new ClassView(c.getId(), c.getPlanId(), c.getPlanItemId(), c.getYear(), c.getKind().name(),
                c.getKind().label(), c.getTitle(), c.getCategory().name(), c.getCategory().label(), c.getLevelCode(),
                c.getCategory().levelLabel(c.getLevelCode()), c.getHeadcount(), c.getStartDate(), c.getEndDate(),
                c.getLocation(), c.getInstitution(), c.getBudgetTotal(), c.getFundingSource().name(),
                c.getFundingSource().label(), c.getStatus(), c.getStatus().label(), 0, 0);
    }
}
