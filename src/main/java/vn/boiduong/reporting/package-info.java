/**
 * B6: the official forms (1a, 1b: the year's results; 2a, 2b, 2c: the approved plan) and the province
 * roll-up ({@link vn.boiduong.reporting.ProvinceReports}: a block per agency and the province's totals,
 * which agencies have not approved their plan or have no results, one agency's form; only the
 * PROVINCE_OFFICER reads them, and writes nothing).
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
 * <p>The report to the Director (QT.VP.05 5.2.6), in {@code reporting.report}: the aggregate
 * {@code ResultsReport} (one per agency and year; DRAFT → SUBMITTED → ACKNOWLEDGED, or RETURNED with a
 * reason and submitted again), whose transitions ask {@code ReportPolicy} and register
 * {@link vn.boiduong.reporting.ResultsReportSubmitted}, {@link vn.boiduong.reporting.ResultsReportReturned}
 * and {@link vn.boiduong.reporting.ResultsReportAcknowledged} (notification tells the Director and the
 * chief; B7 files the acknowledged one). Its figures come from delivery's read-only
 * {@code DeliveryFigures}; at acknowledgement they are frozen, the report is numbered {@code …/BC-<agency>}
 * (unique per agency and year) and its DOCX and PDF (Decree 30) are rendered once and stored with their
 * SHA-256 ({@code results_report_file}). API {@code /api/v1/results-reports…}, pages
 * {@code /results-reports…}. The home page's dashboards per role ({@code Dashboards}, a
 * {@code procedure.HomePanels}; JSON {@code GET /api/v1/dashboard}) and B6's progress ({@code ReportProgress})
 * live there too.
 * <p>Forms 1a and 1b are counted by the database: {@code delivery}'s {@code ResultFacts} hands over
 * the year's completed results already grouped by unit, kind of person and kind of training, with the
 * spending shared over each class's completed learners; {@code internal.ResultForms} draws them with
 * the same engine and editable definitions as 2a and 2b.
 * <p>Reads {@code planning} through its public API ({@code PlanService}: the approved plan, its
 * agency, the needs it serves, and who may read the plan's documents), {@code organization}
 * (the staff composition by unit) and {@code common}; hands the filled-in
 * {@link vn.boiduong.documents.FormSheet} to {@code documents}, which only draws it (XLSX, or the
 * same rows as JSON). No earlier step imports this module.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.reporting;
