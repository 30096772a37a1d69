/**
 * B1–B2: training needs and the Office's consolidation (issue 3).
 *
 * <h2>One answer to "may they?" — the pattern B5–B7 copy</h2>
 * Who may do what is written once, in {@link vn.boiduong.needs.NeedPolicy}. Every other layer asks it
 * and none restates it:
 * <ol>
 *   <li><b>Policy</b> ({@code NeedPolicy}, a Spring bean with no dependencies and no state): one public
 *       method per act, returning a {@link vn.boiduong.common.Verdict}: allowed, or refused with the
 *       kind of refusal — no right (403), out of scope (404), wrong state (409) — and the Vietnamese
 *       reason. It judges the actor and the facts of the object ({@code NeedPolicy.Subject}, which
 *       both the aggregate and its view implement). "Sees the whole agency" is
 *       {@link vn.boiduong.common.Actor#seesWholeAgency()}; the policy asks it of
 *       {@code actor.without(ADMIN)} because the administrator has no part in needs.</li>
 *   <li><b>Aggregate</b> ({@link vn.boiduong.needs.TrainingNeed}): each transition takes the policy as a
 *       parameter and asks it first ({@code policy.submit(actor, this).orThrow()}), then reads its input,
 *       changes the state and registers its event ({@link vn.boiduong.needs.NeedSubmitted},
 *       {@link vn.boiduong.needs.NeedReturned}, {@link vn.boiduong.needs.NeedAccepted}). Input the
 *       service must check against other modules (Bean Validation, the unit, the named people) is
 *       handed in as a callback that the transition runs after the right, so a right is always told
 *       before the input's faults and no check runs twice. This is ddd-by-examples/library's shape: the
 *       patron applies the placing-on-hold policies it is given and holds no rule of its own about them.</li>
 *   <li><b>Service</b> ({@link vn.boiduong.needs.NeedService} and its siblings): loads the object the actor
 *       may see — {@code policy.read(actor, need, …)}, 403 then 404 — hands the act to the aggregate, saves,
 *       and publishes the events the aggregate registered with the audit line. Acts on the agency as a
 *       whole (the collection, the consolidation) call {@code policy.openCollection(actor).orThrow()} and
 *       the like first.</li>
 *   <li><b>Page</b> ({@code web/NeedController}, {@code web/CollectionController},
 *       {@code web/ConsolidationController}): buttons from {@code policy.allowed(actor, need)} and
 *       {@code policy.create(actor).isAllowed()}, so a button is shown exactly when the act would
 *       succeed; form errors beside their fields by {@link vn.boiduong.common.web.FormErrors}.</li>
 *   <li><b>API</b> ({@code web/NeedApi}): calls the service; the exceptions {@code Verdict.orThrow()} raises
 *       become 403/404/409 problem details with the verdict's reason.</li>
 *   <li><b>Home page</b>: {@code internal/NeedsNextSteps} implements procedure's
 *       {@link vn.boiduong.procedure.NextSteps} from the same policy.</li>
 * </ol>
 * {@code NeedPolicyIT} walks every act × role × own/other unit through the policy and through HTTP and
 * finds them agreeing.
 *
 * <h2>The parts</h2>
 * <ul>
 *   <li>{@link vn.boiduong.needs.TrainingNeed} is the aggregate: DRAFT → SUBMITTED → RETURNED/ACCEPTED;
 *       it does not call who listens: notification tells the Office and the unit's heads, audit
 *       writes its trail.</li>
 *   <li>{@link vn.boiduong.needs.NeedCollections}: the Office opens the year's collection with a due
 *       date ({@link vn.boiduong.needs.NeedCollectionOpened}: notification tells every unit head);
 *       units that sent nothing by then are late. The collection's date is a
 *       {@link vn.boiduong.procedure.DueDateSource} (pending while some unit has sent nothing), so
 *       notification's daily job reminds those units' heads as the date nears and after a miss.
 *       This module does not import notification.</li>
 *   <li>{@link vn.boiduong.needs.NeedConsolidation}: the year's accepted needs grouped, merged into
 *       {@link vn.boiduong.needs.ConsolidatedNeed} lines (originals kept), exported as XLSX.</li>
 *   <li>{@link vn.boiduong.needs.ConsolidatedNeeds} is the query the plan (issue 4) reads;
 *       {@link vn.boiduong.needs.NeedUsage} is what the plan implements so a used line cannot be
 *       unmerged.</li>
 *   <li>{@link vn.boiduong.needs.NeedsFromCompetency}: a draft from a competency gap or finding.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.needs;
