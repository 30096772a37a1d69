package vn.boiduong.procedure;

import java.util.Optional;

/**
 * Service-provider interface: the modules that carry out B1–B7 (needs, planning, delivery,
 * reporting, archive) implement it as Spring beans, so the home page can show how far a year has
 * come without the procedure module depending on any of them (they depend on it, as
 * architecture.md wants: later steps call earlier ones, never the reverse).
 *
 * <p>Answer only for the steps you know; {@link Optional#empty()} for the others. When several beans
 * answer for the same step, the first in {@link org.springframework.core.annotation.Order} wins.
 */
public interface StepProgress {

    /**
     * @param agencyId the agency whose year is asked about; {@code null} for an agency-less
     *                 administrator (answer for the installation, or empty)
     * @param year     the calendar year of the plan
     * @param stepCode "B1" … "B7"
     */
    Optional<StepState> state(Long agencyId, int year, String stepCode);
}
