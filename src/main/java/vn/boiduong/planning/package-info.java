/**
 * B3–B4: the annual plan of an agency (one per year), its items (hosted classes and external
 * registrations, budget by the cost lines of Circular 36/2018/TT-BTC, the accepted needs each
 * serves), totals by category, funding source and unit, the Office chief's submission and the
 * Director's return or approval (then frozen) and the approval decision (DOCX/PDF); the plan's
 * forms 2a–2c are drawn by reporting, which reads the approved plan from {@link vn.boiduong.planning.PlanService}.
 * <p>Publishes {@link vn.boiduong.planning.PlanSubmitted}, {@link vn.boiduong.planning.PlanReturned}
 * and {@link vn.boiduong.planning.PlanApproved} inside the transition's transaction, without knowing
 * who listens: the notification module tells the Director, the Office chief and the heads of the
 * units served (in the application and by e-mail), audit writes its trail. Answers the procedure's
 * service-provider interfaces: progress and the registration due date of B3/B4, and the pending due
 * dates ({@link vn.boiduong.procedure.DueDateSource}: {@code registerBy} while the plan is not
 * submitted, {@code approveBy} while it waits for the Director) that notification's daily job reminds of.
 * This module does not import notification.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.planning;
