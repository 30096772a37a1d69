/**
 * B3–B4: the annual plan of an agency (one per year), its items (hosted classes and external
 * registrations, budget by the cost lines of Circular 36/2018/TT-BTC, the accepted needs each
 * serves), totals by category, funding source and unit, the Office chief's submission and the
 * Director's return or approval (then frozen), the approval decision (DOCX/PDF) and forms 2a–2c.
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
 * <p>E-mails the people concerned after commit; answers the procedure's progress and due-date SPIs
 * for B3/B4. A daily job (one node: ShedLock) reminds the Office chief of {@code registerBy} and the
 * Director of {@code approveBy} as they near and after a miss, through the notification module's
 * Reminders.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.planning;
