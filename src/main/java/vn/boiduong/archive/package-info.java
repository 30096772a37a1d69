/**
 * B7 (QT.VP.05 section 7): the record sets (hồ sơ lưu) — filing, fixity, retention, controlled disposal
 * and export.
 *
 * <p>Owns:
 * <ul>
 *   <li>{@link vn.boiduong.archive.RecordSet} (one per agency, year and training content; OPEN → CLOSED →
 *       DISPOSED) and its filed documents: frozen bytes with SHA-256, size, media type, source (step,
 *       object, version), who and when; the bytes stored once per hash, in the database by default or
 *       in a shared directory ({@code boiduong.archive.directory});</li>
 *   <li>filing by listening to the steps' events (internal {@code Filing}), through the event
 *       publication registry, retried until filed; no step imports this module;</li>
 *   <li>{@link vn.boiduong.archive.FixityCheck}: a share of the store re-hashed each night under the
 *       database lock, each run recorded, a crashed run failed, a difference audited and told;</li>
 *   <li>{@link vn.boiduong.archive.RetentionRules}: the retention schedule as data with effective dates;</li>
 *   <li>{@link vn.boiduong.archive.Disposal}: propose (Office), appraise (council, recorded by the chief),
 *       decide (Director, never the proposer); a permanent set never;</li>
 *   <li>{@link vn.boiduong.archive.BagIt}: export as a BagIt ZIP (RFC 8493) written as a stream, and
 *       import with every checksum verified first;</li>
 *   <li>{@link vn.boiduong.archive.ArchivePolicy}: who may do what, asked by every layer.</li>
 * </ul>
 * <p>Reads {@code planning}, {@code needs}, {@code delivery} and {@code reporting} (their public documents
 * and views, with the Office's rights; B6 hands its visits' minutes and the acknowledged report through
 * {@code reporting.ReportingRecords}), {@code competency} (the upload checks), {@code documents} and {@code organization};
 * asks {@code audit} for the chain's head before locking a set, so that every archive write takes its locks in
 * one order (the head, then the set) and concurrent filings never deadlock.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.archive;
