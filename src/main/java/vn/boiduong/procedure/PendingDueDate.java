package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A due date of a step that has not been met yet, as the module that set it reports it (a
 * {@link DueDateSource}). It says what is due and, for a duty of the units, which units are late;
 * who is told and in which words is the notification module's business.
 *
 * @param kind                which date it is
 * @param subjectId           the thing that is due: the collection of needs, the plan
 * @param agencyId            whose date it is
 * @param year                the year of the plan
 * @param dueDate             the date itself
 * @param lateUnitIds         for {@link DueKind#NEEDS_DUE}: the active units that have not done their part; else empty
 * @param registrationDueDate for the plan's dates: the province's registration due date they derive from; else null
 */
public record PendingDueDate(DueKind kind, Long subjectId, Long agencyId, int year, LocalDate dueDate,
        List<Long> lateUnitIds, LocalDate registrationDueDate) {

    public PendingDueDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(dueDate, "dueDate");
        lateUnitIds = lateUnitIds == null ? List.of() : List.copyOf(lateUnitIds);
    }

    /** The collection of needs of a year, with the units that have sent nothing to it. */
    public static PendingDueDate needs(Long collectionId, Long agencyId, int year, LocalDate dueDate,
            List<Long> lateUnitIds) {
        return new PendingDueDate(DueKind.NEEDS_DUE, collectionId, agencyId, year, dueDate, lateUnitIds, null);
    }

    /** One of the plan's internal dates ({@link DueKind#PLAN_REGISTER} or {@link DueKind#PLAN_APPROVE}). */
    public static PendingDueDate plan(DueKind kind, Long planId, Long agencyId, int year, LocalDate dueDate,
            LocalDate registrationDueDate) {
        Objects.requireNonNull(registrationDueDate, "registrationDueDate");
        return new PendingDueDate(kind, planId, agencyId, year, dueDate, List.of(), registrationDueDate);
    }

    /** A request of a supervision visit (B6), owned by a unit, with its due date. */
    public static PendingDueDate supervisionRequest(Long requestId, Long agencyId, LocalDate dueDate, Long ownerUnitId) {
        return new PendingDueDate(DueKind.SUPERVISION_REQUEST, requestId, agencyId, dueDate.getYear(), dueDate,
                List.of(ownerUnitId), null);
    }
}
