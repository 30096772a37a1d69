package vn.boiduong.organization;

/**
 * The installation administrator created an agency. The creator stays the installation's
 * administrator (no agency of its own); the agency's own administrator, made next on the agencies
 * page, adds its units and accounts. Competency gives the new agency its copy of the national
 * standards.
 */
public record AgencyCreated(Long agencyId, String code, String createdBy) {
}
