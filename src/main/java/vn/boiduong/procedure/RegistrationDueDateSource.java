package vn.boiduong.procedure;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Service-provider interface: whoever knows the province's registration due date for a year (the
 * planning module, once a plan is opened with it) implements it as a bean, and the home page shows
 * the due dates derived from it. None present: the page says the date is not known yet.
 */
public interface RegistrationDueDateSource {

    Optional<LocalDate> registrationDueDate(Long agencyId, int year);
}
