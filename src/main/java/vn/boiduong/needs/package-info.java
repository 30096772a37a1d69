/**
 * B1–B2: training needs and the Office's consolidation (issue 3).
 * <ul>
 *   <li>{@link vn.boiduong.needs.TrainingNeed} is the aggregate: DRAFT → SUBMITTED → RETURNED/ACCEPTED,
 *       one method per transition checking the actor's right and the state, each registering an
 *       event ({@link vn.boiduong.needs.NeedSubmitted}, {@link vn.boiduong.needs.NeedReturned},
 *       {@link vn.boiduong.needs.NeedAccepted}) that {@link vn.boiduong.needs.NeedService} publishes with
 *       an audit line; it does not call who listens: notification tells the Office and
 *       the unit's heads, audit writes its trail.</li>
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
