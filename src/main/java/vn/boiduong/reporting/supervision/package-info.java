/**
 * B6 (QT.VP.05 5.2.6), supervision against the approved plan — "Kiểm tra, giám sát thực hiện kế hoạch;
 * người thực hiện: Chánh Văn phòng; nội dung giám sát căn cứ vào tiêu chí kế hoạch đã được phê duyệt".
 * <ul>
 *   <li>Planned against actual ({@link vn.boiduong.reporting.supervision.PlanSupervision}, API
 *       {@code GET /api/v1/plans/{id}/supervision}, page {@code /plans/{id}/supervision}): per item and per
 *       unit, from delivery's aggregate queries ({@code delivery.PlanFigures}, one query per kind of fact,
 *       never per item); each item's status by {@link vn.boiduong.reporting.supervision.StatusRule}, the
 *       rules kept as data with an effective date (table {@code supervision_status_rule}, V69). The Office
 *       and the Director read it; a unit head gets 403 (the agency's whole execution is not a unit's to see).</li>
 *   <li>Supervision visits ({@link vn.boiduong.reporting.supervision.SupervisionVisit}, an aggregate with its
 *       criteria and requests; {@link vn.boiduong.reporting.supervision.SupervisionVisits}; API
 *       {@code /api/v1/supervision-visits}, pages {@code /supervision-visits}): recorded and closed by the
 *       Office chief, requests closed by the owner unit's head or the Office, read-only once closed; the
 *       requests' due dates are a {@code procedure.DueDateSource}, so the one reminder job reminds the owner
 *       unit's head. Every act asks {@link vn.boiduong.reporting.SupervisionPolicy}, writes an audit line
 *       (type {@code supervision-visit}) and publishes {@link vn.boiduong.reporting.SupervisionEvents}.</li>
 * </ul>
 */
package vn.boiduong.reporting.supervision;
