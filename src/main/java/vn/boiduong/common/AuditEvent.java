package vn.boiduong.common;

/**
 * Published by every write; the audit module listens and appends it to the trail in the same
 * transaction, so a write and its trace commit or roll back together.
 *
 * @param type one of the api.md types: staff, need, plan, class, record-set, user (and others as added)
 */
public record AuditEvent(String actor, String action, String type, String id, String detail) {

    public static AuditEvent of(String action, String type, Object id, String detail) {
        return new AuditEvent(CurrentActor.usernameOrSystem(), action, type, id == null ? null : String.valueOf(id),
                detail);
    }
}
