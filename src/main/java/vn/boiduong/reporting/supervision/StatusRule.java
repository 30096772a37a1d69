package vn.boiduong.reporting.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.reporting.SupervisionStatus;

/**
 * One set of the status rules of B6's supervision, as a row of {@code supervision_status_rule} holds
 * it, in force from {@code effectiveFrom} until the next set: pure, so the rules are unit-tested
 * without Spring.
 * <ul>
 *   <li>CANCELLED: the class was cancelled; DONE: it finished (or its records are closed);</li>
 *   <li>LATE: not started {@code lateAfterDays} days after its planned start, or still running
 *       {@code lateAfterDays} days after its planned end;</li>
 *   <li>AT_RISK: not started, {@code atRiskDaysBefore} days (or fewer) before its planned start (or
 *       later), with fewer people enrolled than {@code atRiskEnrolmentPercent} % of its headcount;</li>
 *   <li>ON_TRACK otherwise.</li>
 * </ul>
 */
public record StatusRule(LocalDate effectiveFrom, int lateAfterDays, int atRiskDaysBefore, int atRiskEnrolmentPercent,
        String source) {

    /** The rule set in force on {@code day}: the latest that took effect on or before it. */
    public static Optional<StatusRule> inForce(List<StatusRule> rules, LocalDate day) {
        return rules.stream().filter(r -> !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(StatusRule::effectiveFrom));
    }

    /** What the supervision needs to know of an item's class. */
    public record Facts(ClassStatus classStatus, LocalDate plannedStart, LocalDate plannedEnd, int headcount,
            long enrolled) {
    }

    public SupervisionStatus statusOf(Facts f, LocalDate today) {
        if (f.classStatus() == ClassStatus.CANCELLED) {
            return SupervisionStatus.CANCELLED;
        }
        if (f.classStatus() == ClassStatus.FINISHED || f.classStatus() == ClassStatus.CLOSED) {
            return SupervisionStatus.DONE;
        }
        boolean started = f.classStatus() == ClassStatus.IN_PROGRESS;
        if (started) {
            return f.plannedEnd() != null && !today.isBefore(f.plannedEnd().plusDays(lateAfterDays))
                    && today.isAfter(f.plannedEnd()) ? SupervisionStatus.LATE : SupervisionStatus.ON_TRACK;
        }
        if (f.plannedStart() == null) {
            return SupervisionStatus.ON_TRACK;
        }
        if (!today.isBefore(f.plannedStart().plusDays(lateAfterDays)) && today.isAfter(f.plannedStart())) {
            return SupervisionStatus.LATE;
        }
        boolean near = !today.isBefore(f.plannedStart().minusDays(atRiskDaysBefore));
        // enrolled below the share of the headcount, in whole numbers: enrolled / headcount < percent / 100
        boolean thin = f.enrolled() * 100 < (long) f.headcount() * atRiskEnrolmentPercent;
        return near && thin ? SupervisionStatus.AT_RISK : SupervisionStatus.ON_TRACK;
    }
}
