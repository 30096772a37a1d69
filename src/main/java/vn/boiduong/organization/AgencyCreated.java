package vn.boiduong.organization;

/**
 * An administrator created an agency: on a new installation (the postgres profile has no demo
 * data) the first one. Identity gives the creating administrator, if they have none yet, this
 * agency, so that its settings, units and accounts can be managed next.
 */
public record AgencyCreated(Long agencyId, String code, String createdBy) {
}
