/**
 * Users with the roles of domain.md, linked to a staff record and a unit; sign-in (form for
 * pages, HTTP Basic or a personal API token for the API), the lock after repeated failures and the
 * per-address throttle, the password rules, the command-line recovery of an account, and security
 * headers. Basic and Bearer are checked before the CSRF filter (internal.HeaderAuthentication), so
 * only a request its own header authenticates skips the CSRF check.
 *
 * <p>Agencies and the installation (docs/agencies.md). An account with {@code ADMIN} and no agency
 * is the installation administrator ({@code Actor.isInstallationAdministrator()}): it creates the
 * agencies and each one's administrator ({@code /admin/agencies},
 * {@link vn.boiduong.identity.UserService#createAgencyAdministrator}) and manages every account. An
 * {@code ADMIN} with an agency is that agency's administrator and manages that agency's accounts
 * only: another agency's account answers 404, another agency's unit is refused as unknown. Everyone
 * else belongs to one agency, whose objects are all that they reach.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.identity;
