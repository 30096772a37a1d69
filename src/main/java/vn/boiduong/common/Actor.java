package vn.boiduong.common;

import java.util.Set;

/**
 * Who is acting: enough for every module to check a right and a unit scope without depending on
 * the identity module (which itself depends on the organisation). Serializable because the signed-in
 * person's principal holds it and sessions are stored in the database (Spring Session JDBC).
 */
public record Actor(Long userId, String username, String fullName, Set<Role> roles, Long unitId, Long agencyId)
        implements java.io.Serializable {

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

    /**
     * The installation administrator ("quản trị hệ thống"): an administrator with no agency. Looks
     * after what the installation shares (the agencies and their administrators, the form
     * definitions, the procedure) and reads every agency's audit trail. An administrator with an
     * agency is that agency's administrator and reaches nothing outside it (README, "Agencies and
     * the installation").
     */
    public boolean isInstallationAdministrator() {
        return agencyId == null && has(Role.ADMIN);
    }

    /** An agency's own people see that agency; the installation administrator sees every agency. */
    public boolean seesAgency(Long otherAgencyId) {
        return agencyId == null ? isInstallationAdministrator() : agencyId.equals(otherAgencyId);
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
