package vn.boiduong.organization;

/**
 * A person as other modules need them to check a scope and show a name: whose agency and unit, the
 * full name, whether still active. Read without an actor; the caller's policy decides what to show.
 */
public record StaffCard(Long id, Long agencyId, Long unitId, String unitName, String fullName, boolean active) {
}
