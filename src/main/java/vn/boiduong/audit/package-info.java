/** The append-only trail of every write: it listens to {@link vn.boiduong.common.AuditEvent}s. */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.audit;
