package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service-provider interface, like {@link LateUnitsSource}: a module that sets due dates within a
 * step (needs: the year's collection; planning: the plan's {@code registerBy} and {@code approveBy})
 * implements it as a bean and reports the dates not met yet. The notification module's one daily
 * reminder job asks every source and reminds whoever has to meet them, so a step never calls
 * notification and a new step's due dates are reminded of by adding a source.
 */
public interface DueDateSource {

    /** The dates of this source falling between {@code from} and {@code to} (inclusive) that are still pending. */
    List<PendingDueDate> pendingBetween(LocalDate from, LocalDate to);

    /**
     * One date of this source as it stands now, or empty once it has been met (the plan submitted,
     * every unit sent): the job asks again inside the transaction that reminds, since the state may
     * have moved since {@link #pendingBetween}.
     */
    Optional<PendingDueDate> pending(DueKind kind, Long subjectId);
}
