package vn.boiduong.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.boiduong.common.TrainingCategory;

/** A plan as the API and the pages show it: its items, the totals, the needs no item serves yet. */
public record PlanView(Long id, Long agencyId, int year, PlanStatus status, String statusLabel,
        LocalDate registrationDueDate, LocalDate registerBy, LocalDate approveBy, DueState registerState,
        DueState approveState, String returnReason, String decisionNumber, LocalDate decisionDate, String signerTitle,
        String signerName, String createdBy, LocalDateTime createdAt, LocalDateTime submittedAt,
        LocalDateTime decidedAt, String decidedBy, long version, List<ItemView> items, Totals totals,
        List<ServedNeed> unservedNeeds) implements PlanPolicy.Subject {

    @Override
    public boolean hasItems() {
        return !items.isEmpty();
    }

    /**
     * The plan as a unit head may read it: the whole plan and its totals, but of the needs it serves
     * or leaves unserved only the unit's own (another unit's needs, and the people they name, are
     * not theirs to see: /api/v1/needs/{id} answers 404 for them too).
     */
    public PlanView forUnit(Long unitId) {
        java.util.function.Predicate<ServedNeed> own = n -> java.util.Objects.equals(n.unitId(), unitId);
        List<ItemView> visible = items.stream().map(i -> {
            List<ServedNeed> mine = i.needs().stream().filter(own).toList();
            return new ItemView(i.id(), i.sequence(), i.kind(), i.kindLabel(), i.title(), i.category(),
                    i.categoryLabel(), i.level(), i.levelLabel(), i.targetLearners(), i.headcount(), i.startDate(),
                    i.endDate(), i.location(), i.lecturers(), i.institution(), i.budget(), i.fundingSource(),
                    i.fundingSourceLabel(), mine.stream().map(ServedNeed::id).toList(), mine, i.abroad());
        }).toList();
        return new PlanView(id, agencyId, year, status, statusLabel, registrationDueDate, registerBy, approveBy,
                registerState, approveState, returnReason, decisionNumber, decisionDate, signerTitle, signerName,
                createdBy, createdAt, submittedAt, decidedAt, decidedBy, version, visible, totals,
                unservedNeeds.stream().filter(own).toList());
    }

    /** How close a due date is: the page warns when it nears and marks it "quá hạn" when missed. */
    public enum DueState {
        DONE, OK, NEAR, OVERDUE
    }

    public record ItemView(Long id, int sequence, ItemKind kind, String kindLabel, String title,
            TrainingCategory category, String categoryLabel, String level, String levelLabel, String targetLearners,
            int headcount, LocalDate startDate, LocalDate endDate, String location, String lecturers,
            String institution, Budget budget, FundingSource fundingSource, String fundingSourceLabel,
            List<Long> needIds, List<ServedNeed> needs, boolean abroad) {
    }

    public record Line(String key, String label, int items, int headcount, long budget) {
    }

    public record Totals(int items, int headcount, long budget, List<Line> byCategory, List<Line> byFundingSource,
            List<Line> byUnit) {
    }

    /** What the actor may do now ({@link PlanPolicy#allowed}): the page shows only those buttons. */
    /** The buttons and links of the plan's page; {@code decision}: the decision's DOCX and PDF. */
    public record Allowed(boolean edit, boolean submit, boolean decide, boolean decision) {
    }

    static final int NEAR_DAYS = 7;

    static DueState dueState(LocalDate due, boolean done, LocalDate today) {
        if (done) {
            return DueState.DONE;
        }
        if (today.isAfter(due)) {
            return DueState.OVERDUE;
        }
        return today.plusDays(NEAR_DAYS).isBefore(due) ? DueState.OK : DueState.NEAR;
    }

    static List<Long> needIdsOf(TrainingPlan p) {
        TreeSet<Long> ids = new TreeSet<>();
        p.getItems().forEach(i -> ids.addAll(i.getNeedIds()));
        return List.copyOf(ids);
    }

    /**
     * @param needs the accepted needs of the plan's year, by id (those the items name and the others)
     */
    static PlanView of(TrainingPlan p, Map<Long, ServedNeed> needs, LocalDate today) {
        List<ItemView> items = new ArrayList<>();
        for (PlanItem i : p.getItems()) {
            List<ServedNeed> served = i.getNeedIds().stream().map(needs::get).filter(java.util.Objects::nonNull)
                    .toList();
            items.add(new ItemView(i.getId(), i.getSequence(), i.getKind(), i.getKind().label(), i.getTitle(),
                    i.getCategory(), i.getCategory().label(), i.getLevelCode(),
                    i.getCategory().levelLabel(i.getLevelCode()), i.getTargetLearners(), i.getHeadcount(),
                    i.getStartDate(), i.getEndDate(), i.getLocation(), i.getLecturers(), i.getInstitution(),
                    i.budget(), i.getFundingSource(), i.getFundingSource().label(), i.getNeedIds(), served,
                    i.isAbroad()));
        }
        TreeSet<Long> servedIds = new TreeSet<>(needIdsOf(p));
        List<ServedNeed> unserved = needs.values().stream().filter(n -> !servedIds.contains(n.id()))
                .sorted(java.util.Comparator.comparing(ServedNeed::id)).toList();
        boolean registered = p.getStatus() != PlanStatus.DRAFT && p.getStatus() != PlanStatus.RETURNED;
        boolean approved = p.getStatus() == PlanStatus.APPROVED;
        return new PlanView(p.getId(), p.getAgencyId(), p.getYear(), p.getStatus(), p.getStatus().label(),
                p.getRegistrationDueDate(), p.getRegisterBy(), p.getApproveBy(),
                dueState(p.getRegisterBy(), registered, today), dueState(p.getApproveBy(), approved, today),
                p.getReturnReason(), p.getDecisionNumber(), p.getDecisionDate(), p.getSignerTitle(), p.getSignerName(),
                p.getCreatedBy(), p.getCreatedAt(), p.getSubmittedAt(), p.getDecidedAt(), p.getDecidedBy(),
                p.getVersion(), items, totals(items), unserved);
    }

    static Totals totals(List<ItemView> items) {
        Map<String, Line> byCategory = new LinkedHashMap<>();
        for (TrainingCategory c : TrainingCategory.values()) {
            for (ItemView i : items) {
                if (i.category() == c) {
                    byCategory.merge(c.name(), new Line(c.name(), c.label(), 1, i.headcount(), i.budget().total()),
                            PlanView::sum);
                }
            }
        }
        Map<String, Line> byFunding = new LinkedHashMap<>();
        for (FundingSource f : FundingSource.values()) {
            for (ItemView i : items) {
                if (i.fundingSource() == f) {
                    byFunding.merge(f.name(), new Line(f.name(), f.label(), 1, i.headcount(), i.budget().total()),
                            PlanView::sum);
                }
            }
        }
        Map<String, Line> byUnit = new LinkedHashMap<>();
        for (ItemView i : items) {
            for (UnitShare s : UnitShare.split(i.headcount(), i.budget().total(), i.needs())) {
                byUnit.merge(s.key(), new Line(s.key(), s.unitName(), 1, s.headcount(), s.budget()), PlanView::sum);
            }
        }
        List<Line> units = new ArrayList<>(byUnit.values());
        units.sort(java.util.Comparator.comparing(Line::label));
        return new Totals(items.size(), items.stream().mapToInt(ItemView::headcount).sum(),
                items.stream().mapToLong(i -> i.budget().total()).sum(), List.copyOf(byCategory.values()),
                List.copyOf(byFunding.values()), units);
    }

    private static Line sum(Line a, Line b) {
        return new Line(a.key(), a.label(), a.items() + b.items(), a.headcount() + b.headcount(),
                a.budget() + b.budget());
    }
}
