package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.boiduong.organization.StaffCategory;

/**
 * The rules of a person's hours (no Spring, no database): what a completed class counts on the
 * training record, and how the year's hours stand against the mandatory minimum.
 * <ul>
 * <li>A class with sessions counts the hours of the sessions the learner was PRESENT at (each session's
 * length, {@link ClassSession#hours()}).</li>
 * <li>A class without sessions (sent to an institution, cử đi học) counts its days × 8.</li>
 * <li>A period (tiết) of the mandatory minimum counts as one hour of a session.</li>
 * </ul>
 */
public final class TrainingHours {

    /** Hours of a day of a class without sessions. */
    public static final int HOURS_PER_DAY = 8;
    /** The default yearly minimum when no row of the data applies (Decree 101/2017: one week, 40 periods). */
    public static final int DEFAULT_MINIMUM = 40;

    private TrainingHours() {
    }

    /** The hours a learner gets from a class: the attended sessions' hours, or the class's days × 8. */
    public static BigDecimal attended(List<ClassSession> sessions, Set<Long> presentSessionIds, LocalDate start,
            LocalDate end) {
        if (sessions.isEmpty()) {
            return BigDecimal.valueOf(days(start, end) * HOURS_PER_DAY).setScale(2, RoundingMode.HALF_UP);
        }
        double hours = sessions.stream().filter(s -> presentSessionIds.contains(s.getId()))
                .mapToDouble(ClassSession::hours).sum();
        return BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP);
    }

    /** The days a class lasts, both ends counted (a one-day class is 1); 0 when the dates are missing or reversed. */
    public static long days(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** A row of the mandatory minimum: for a category and/or a position (null = any), from a date. */
    public record Minimum(StaffCategory category, String position, int periods, LocalDate effectiveFrom) {
    }

    /**
     * The minimum that applies to a person on a day: among the rows in force (effective on or before the
     * day) that fit the person, the most specific (position and category › position › category ›
     * default), then the latest; {@link #DEFAULT_MINIMUM} when none fits.
     */
    public static int minimum(Collection<Minimum> rows, StaffCategory category, String position, LocalDate on) {
        Minimum best = null;
        int bestRank = -1;
        for (Minimum m : rows) {
            if (m.effectiveFrom().isAfter(on)) {
                continue;
            }
            boolean positionFits = m.position() == null || m.position().equalsIgnoreCase(position == null ? "" : position.strip());
            boolean categoryFits = m.category() == null || m.category() == category;
            if (!positionFits || !categoryFits) {
                continue;
            }
            int rank = (m.position() != null ? 2 : 0) + (m.category() != null ? 1 : 0);
            if (rank > bestRank || rank == bestRank && m.effectiveFrom().isAfter(best.effectiveFrom())) {
                best = m;
                bestRank = rank;
            }
        }
        return best == null ? DEFAULT_MINIMUM : best.periods();
    }

    /** The share of the minimum done, in whole percent, at most 100 (a minimum of 0 is always done). */
    public static int share(BigDecimal done, int minimum) {
        if (minimum <= 0) {
            return 100;
        }
        int pct = done.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(minimum), 0, RoundingMode.FLOOR)
                .intValue();
        return Math.max(0, Math.min(100, pct));
    }

    /** Hours the Vietnamese way: "7", "3,5", "12,25". */
    public static String text(BigDecimal hours) {
        if (hours == null) {
            return "0";
        }
        BigDecimal h = hours.stripTrailingZeros();
        return (h.scale() < 0 ? h.setScale(0) : h).toPlainString().replace('.', ',');
    }
}
