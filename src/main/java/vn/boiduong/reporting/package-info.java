/**
 * B6: the official forms (today 2a, 2b, 2c of the approved plan; 1a, 1b and supervision against the
 * plan come with B6's issue).
 *
 * <p>Owns:
 * <ul>
 *   <li>the forms as data: {@link vn.boiduong.reporting.FormDefinition} (title, rows, columns and the
 *       rule that fills each column), shipped as {@code forms/<code>.json} and editable by the
 *       administrator without a release ({@link vn.boiduong.reporting.FormDefinitions}: table
 *       {@code form_definition}, optimistic version, an audit line per change; the API
 *       {@code /api/v1/forms…} and the page {@code /admin/forms});</li>
 *   <li>the counting rules: {@link vn.boiduong.reporting.DefinedForms} counts
 *       facts ({@link vn.boiduong.reporting.FormFact}) into a COUNT form and lists records in a LIST
 *       form, totals being the sums of the printed rows;</li>
 *   <li>the forms' endpoint ({@code GET /api/v1/reports/2a}, 2b, 2c; XLSX or JSON):
 *       {@link vn.boiduong.reporting.PlanReports} turns the year's approved plan into facts (people
 *       split by unit served and by kind of staff) and records. The XLSX is the default answer, so a
 *       link clicked in a browser downloads the file; JSON only for {@code Accept: application/json};</li>
 *   <li>the page {@code /reports}: the year's forms with a download link each, in the menu of those
 *       who may download them.</li>
 * </ul>
 * <p>Reads {@code planning} through its public API ({@code PlanService}: the approved plan, its
 * agency, the needs it serves, and who may read the plan's documents), {@code organization}
 * (the staff composition by unit) and {@code common}; hands the filled-in
 * {@link vn.boiduong.documents.FormSheet} to {@code documents}, which only draws it (XLSX, or the
 * same rows as JSON). No earlier step imports this module.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.reporting;
