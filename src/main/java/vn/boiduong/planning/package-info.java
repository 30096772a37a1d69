/**
 * B3–B4: the annual plan of an agency (one per year), its items (hosted classes and external
 * registrations, budget by the cost lines of Circular 36/2018/TT-BTC, the accepted needs each
 * serves), totals by category, funding source and unit, the Office chief's submission and the
 * Director's return or approval (then frozen) and the approval decision (DOCX/PDF); the plan's
 * forms 2a–2c are drawn by reporting, which reads the approved plan from {@link vn.boiduong.planning.PlanService}.
 *
 * <h2>One answer to "may they?"</h2>
 * The same shape as {@code needs} (whose package documentation describes it step by step):
 * <ul>
 *   <li>{@link vn.boiduong.planning.PlanPolicy} answers every act with a {@link vn.boiduong.common.Verdict}
 *       (403, 404, 409 and the Vietnamese reason): read, open, write items, submit (refused for a plan
 *       without items, so the page no longer offers it), return, approve, the documents.</li>
 *   <li>{@link vn.boiduong.planning.TrainingPlan}'s transitions take the policy and ask it first; an
 *       item's input is handed in as a supplier read only once the plan allows the edit (a submitted
 *       plan answers 409 to any body), so the right and the state are checked once, in the plan.</li>
 *   <li>{@link vn.boiduong.planning.PlanService} loads the plan the actor may see, hands the act to the
 *       plan, flushes (the version check), then publishes the audit line and the events the plan
 *       registered: {@link vn.boiduong.planning.PlanSubmitted}, {@link vn.boiduong.planning.PlanReturned},
 *       {@link vn.boiduong.planning.PlanApproved}.</li>
 *   <li>The pages ({@code web/PlanController}) show the buttons of {@code PlanPolicy.allowed}; the API and
 *       the documents ({@code web/PlanApi}, {@code web/PlanDocumentsApi}) go through the service; the home
 *       page's next steps come from {@code internal/PlanNextSteps}. {@code PlanPolicyIT} walks every act ×
 *       role × plan state and finds the policy, the API and the buttons agreeing.</li>
 * </ul>
 * <p>Publishes its events inside the transition's transaction, without knowing who listens: the
 * notification module tells the Director, the Office chief and the heads of the units served (in the
 * application and by e-mail), audit writes its trail. Answers the procedure's service-provider
 * interfaces: progress and the registration due date of B3/B4, and the pending due dates
 * ({@link vn.boiduong.procedure.DueDateSource}: {@code registerBy} while the plan is not submitted,
 * {@code approveBy} while it waits for the Director) that notification's daily job reminds of.
 * This module does not import notification.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.planning;
