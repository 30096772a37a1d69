/**
 * B3–B4: the annual plan of an agency (one per year), its items (hosted classes and external
 * registrations, budget by the cost lines of Circular 36/2018/TT-BTC, the accepted needs each
 * serves), totals by category, funding source and unit, the Office chief's submission and the
 * Director's return or approval (then frozen) and the approval decision (DOCX/PDF); the plan's
 * forms 2a–2c are drawn by reporting, which reads the approved plan from {@link vn.boiduong.planning.PlanService}.
 * <p>Publishes {@link vn.boiduong.planning.PlanSubmitted}, {@link vn.boiduong.planning.PlanReturned}
 * and {@link vn.boiduong.planning.PlanApproved} (inside the transition's transaction); e-mails the
 * people concerned after commit; answers the procedure's progress and due-date SPIs for B3/B4.
 * A daily job (one node: ShedLock) reminds the Office chief of {@code registerBy} and the Director
 * of {@code approveBy} as they near and after a miss, through the notification module's Reminders.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.planning;
