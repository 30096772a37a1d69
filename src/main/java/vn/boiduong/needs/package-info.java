/**
 * B1–B2: training needs and the Office's consolidation (issue 3).
 * <ul>
 *   <li>{@link vn.boiduong.needs.TrainingNeed} is the aggregate: DRAFT → SUBMITTED → RETURNED/ACCEPTED,
 *       one method per transition checking the actor's right and the state, each registering an
 *       event ({@link vn.boiduong.needs.NeedSubmitted}, {@link vn.boiduong.needs.NeedReturned},
 *       {@link vn.boiduong.needs.NeedAccepted}) that {@link vn.boiduong.needs.NeedService} publishes with
 *       an audit line.</li>
 *   <li>{@link vn.boiduong.needs.NeedCollections}: the Office opens the year's collection with a due
 *       date; units that sent nothing by then are late. A daily job (one node: ShedLock) publishes
 *       {@link vn.boiduong.needs.NeedCollectionDue} as the date nears and after a miss, and the
 *       notification module reminds those units' heads.</li>
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
