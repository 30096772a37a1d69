package vn.boiduong.common;

import java.util.Set;

/**
 * Who is acting: enough for every module to check a right and a unit scope without depending on
 * the identity module (which itself depends on the organisation).
 */
public record Actor(Long userId, String username, String fullName, Set<Role> roles, Long unitId, Long agencyId) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The Office (chief or specialist): sees every unit of its agency. */
    public boolean isOffice() {
        return hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST);
    }

    /**
     * Sees every unit of the agency: the Office, the Director and the administrator. The one
     * definition; a workflow module whose acts the administrator has no part in asks it of
     * {@link #without(Role) without(ADMIN)} (see needs.NeedPolicy, planning.PlanPolicy).
     */
    public boolean seesWholeAgency() {
        return isOffice() || hasAny(Role.DIRECTOR, Role.ADMIN);
    }

    /** The same person without one role: how a policy says that a role counts for nothing in its module. */
    public Actor without(Role role) {
        if (!roles.contains(role)) {
            return this;
        }
        java.util.EnumSet<Role> rest = java.util.EnumSet.noneOf(Role.class);
        rest.addAll(roles);
        rest.remove(role);
        return new Actor(userId, username, fullName, rest, unitId, agencyId);
    }

    /** An agency-less administrator looks after the whole installation. */
    public boolean seesAgency(Long otherAgencyId) {
        return agencyId == null ? has(Role.ADMIN) : agencyId.equals(otherAgencyId);
    }

    public boolean seesUnit(Long otherAgencyId, Long otherUnitId) {
        if (!seesAgency(otherAgencyId)) {
            return false;
        }
        return seesWholeAgency() || (has(Role.UNIT_HEAD) && otherUnitId != null && otherUnitId.equals(unitId));
    }

    public void require(Role... wanted) {
        if (!hasAny(wanted)) {
            throw new ForbiddenException();
        }
    }
}
