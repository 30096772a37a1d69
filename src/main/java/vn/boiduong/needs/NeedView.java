package vn.boiduong.needs;

import java.time.LocalDateTime;
import java.util.List;
import vn.boiduong.common.TrainingCategory;

/** A need as the API and the pages show it. */
public record NeedView(Long id, int year, Long agencyId, Long unitId, String unitName, String title,
        TrainingCategory category, String categoryLabel, String level, String levelLabel, int headcount,
        List<Long> staffIds, Integer plannedQuarter, long estimatedCost, String rationale, NeedStatus status,
        String statusLabel, String returnReason, Long consolidatedNeedId, String createdBy, LocalDateTime createdAt,
        LocalDateTime updatedAt, LocalDateTime submittedAt, LocalDateTime decidedAt, String decidedBy, long version)
        implements NeedPolicy.Subject {

    /** What the actor may do to this need now ({@link NeedPolicy#allowed}): the page shows only those buttons. */
    public record Allowed(boolean edit, boolean submit, boolean decide) {
    }

    static NeedView of(TrainingNeed n, String unitName) {
        return new NeedView(n.getId(), n.getYear(), n.getAgencyId(), n.getUnitId(), unitName, n.getTitle(),
                n.getCategory(), n.getCategory().label(), n.getLevel(), n.getCategory().levelLabel(n.getLevel()),
                n.getHeadcount(), n.getStaffIds(), n.getPlannedQuarter(), n.getEstimatedCost(), n.getRationale(),
                n.getStatus(), n.getStatus().label(), n.getReturnReason(), n.getConsolidatedNeedId(),
                n.getCreatedBy(), n.getCreatedAt(), n.getUpdatedAt(), n.getSubmittedAt(), n.getDecidedAt(),
                n.getDecidedBy(), n.getVersion());
    }

    /**
     * The need as one of the people it names reads it: her own name only, and no rationale, which
     * quotes the gaps and assessments of everyone named (another person's assessment is not hers to
     * read).
     */
    NeedView forNamedPerson(Long ownStaffId) {
        return new NeedView(id, year, agencyId, unitId, unitName, title, category, categoryLabel, level, levelLabel,
                headcount, ownStaffId != null && staffIds.contains(ownStaffId) ? List.of(ownStaffId) : List.of(), plannedQuarter,
                estimatedCost, null, status, statusLabel, returnReason, consolidatedNeedId, createdBy, createdAt,
                updatedAt, submittedAt, decidedAt, decidedBy, version);
    }
}
