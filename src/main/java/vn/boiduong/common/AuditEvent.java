package vn.boiduong.common;

/**
 * Published by every write; the audit module listens and appends it to the trail in the same
 * transaction, so a write and its trace commit or roll back together.
 *
 * @param type one of the api.md types: staff, need, plan, class, record-set, user (and others as added)
 * @param agencyId the agency whose trail the line belongs to; {@code null}: the agency of the account
 *        named by {@code actor}, or the installation's when that account has none (the installation
 *        administrator's own acts)
 */
public record AuditEvent(String actor, String action, String type, String id, String detail, Long agencyId) {

    /** A line of the agency of the account named by {@code actor}. */
    public AuditEvent(String actor, String action, String type, String id, String detail) {
        this(actor, action, type, id, detail, null);
    }

    /** By the signed-in person, in that person's agency (the installation's for the installation administrator). */
    public static AuditEvent of(String action, String type, Object id, String detail) {
        return new AuditEvent(CurrentActor.usernameOrSystem(), action, type, id == null ? null : String.valueOf(id),
                detail, CurrentActor.agencyIdOrNull());
    }

    /**
     * By the signed-in person (or "system" at start-up), in the trail of the agency acted on: how the
     * installation administrator's acts on an agency (its creation, its administrator's account) reach
     * that agency's trail too.
     */
    public static AuditEvent inAgency(Long agencyId, String action, String type, Object id, String detail) {
        return new AuditEvent(CurrentActor.usernameOrSystem(), action, type, id == null ? null : String.valueOf(id),
                detail, agencyId);
    }
}
