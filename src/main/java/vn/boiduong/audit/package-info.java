/**
 * The append-only trail of every write: it listens to {@link vn.boiduong.common.AuditEvent}s. The
 * trail is one hash chain for the installation ({@link vn.boiduong.audit.AuditChain}): each entry
 * holds the hash of the one before, appends lock the chain's head row so writers never fork it, and
 * {@link vn.boiduong.audit.AuditTrail#check} reports the first broken link. On PostgreSQL a trigger
 * (migration V51) refuses UPDATE, DELETE and TRUNCATE of audit_entry.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.audit;
