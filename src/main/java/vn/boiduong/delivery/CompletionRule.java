package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The completion rule in force for a class (table {@code completion_rule}, by the class's end date):
 * a learner may be recorded COMPLETED only having attended (PRESENT) at least this share of the
 * class's sessions. A class without sessions (an external class) has no attendance to judge.
 *
 * @param minShare between 0 and 1, e.g. 0.80
 */
public record CompletionRule(BigDecimal minShare) {

    public CompletionRule {
        Objects.requireNonNull(minShare, "minShare");
        if (minShare.signum() < 0 || minShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("minShare must be between 0 and 1: " + minShare);
        }
    }

    /** The attended share of {@code attended} out of {@code sessions}; null without sessions. */
    public static Double share(int attended, int sessions) {
        if (sessions <= 0) {
            return null;
        }
        return (double) attended / sessions;
    }

    /**
     * Whether a share meets the rule, compared exactly (4 of 5 sessions is 80 % and meets 80 %); a
     * null share (no sessions) meets it.
     */
    public boolean met(int attended, int sessions) {
        if (sessions <= 0) {
            return true;
        }
        return BigDecimal.valueOf(attended).compareTo(minShare.multiply(BigDecimal.valueOf(sessions))) >= 0;
    }

    /** "80 %" as the pages and the refusals say it. */
    public String percent() {
        return percent(minShare.doubleValue());
    }

    /** A share as a whole percentage rounded half up ("66,7 %" keeps one decimal when not whole). */
    public static String percent(double share) {
        BigDecimal p = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString().replace('.', ',') + " %";
    }
}
