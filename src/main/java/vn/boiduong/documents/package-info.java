/**
 * Rendering only: official documents and filled-in forms (used by needs, planning and reporting; it
 * uses no module). What a form contains and how it counts is {@code reporting}'s (form definitions,
 * counting rules, {@code /api/v1/reports}); this module draws the result.
 *
 * <ul>
 *   <li>{@link vn.boiduong.documents.OfficialDocument} (built with its builder) is a decision, plan,
 *       report, submission or notice in the layout of Decree 30/2020/NĐ-CP, as plain values: the
 *       agency's names, place, signer and recipients come from its settings, never from code.
 *       {@link vn.boiduong.documents.DocxRenderer} fills the editable Word template
 *       {@code documents/decision-template.docx}; {@link vn.boiduong.documents.PdfRenderer} draws the
 *       same layout with Liberation Serif embedded (Times New Roman's metrics, every Vietnamese letter).</li>
 *   <li>{@link vn.boiduong.documents.FormSheet} is a form (1a, 1b, 2a, 2b, 2c, a needs summary) already
 *       filled in by its caller: title, a tree of columns (merged headers), rows, footer
 *       ({@link vn.boiduong.documents.FormFooter}). {@link vn.boiduong.documents.XlsxFormRenderer}
 *       writes it; {@link vn.boiduong.documents.FormSheet#view()} is the same content for JSON.</li>
 *   <li>{@link vn.boiduong.documents.Table} (columns and rows) is shared by forms and annexes;
 *       {@link vn.boiduong.documents.Row#totalOf} computes a total row as values.</li>
 * </ul>
 * The renderers are stateless Spring beans (also usable with {@code new}); no database, no web.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.documents;
