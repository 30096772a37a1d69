package vn.boiduong.planning;

import java.time.LocalDate;
import java.util.List;
import vn.boiduong.common.TrainingCategory;

/**
 * B4 done: the Director approved the plan. Published inside the approving transaction, so a
 * listener that turns the items into classes (delivery, B5) commits or fails with the approval.
 */
public record PlanApproved(Long planId, Long agencyId, int year, String decisionNumber, LocalDate decisionDate,
        List<Item> items, List<Long> needIds, String actor) {

    /** An approved item, as the class made from it needs it (with the needs it serves: whose people go first). */
    public record Item(Long itemId, ItemKind kind, String title, TrainingCategory category, String level,
            int headcount, LocalDate startDate, LocalDate endDate, String location, String institution,
            long budget, FundingSource fundingSource, List<Long> needIds) {

        public Item {
            needIds = needIds == null ? List.of() : List.copyOf(needIds);
        }
    }

    static PlanApproved of(TrainingPlan p, String actor) {
        List<Item> items = p.getItems().stream().map(i -> new Item(i.getId(), i.getKind(), i.getTitle(),
                i.getCategory(), i.getLevelCode(), i.getHeadcount(), i.getStartDate(), i.getEndDate(),
                i.getLocation(), i.getInstitution(), i.getBudgetTotal(), i.getFundingSource(), i.getNeedIds())).toList();
        return new PlanApproved(p.getId(), p.getAgencyId(), p.getYear(), p.getDecisionNumber(), p.getDecisionDate(),
                items, PlanView.needIdsOf(p), actor);
    }
}
