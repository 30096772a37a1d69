/**
 * Users with the roles of domain.md, linked to a staff record and a unit; sign-in (form for
 * pages, HTTP Basic for the API), the lock after repeated failures, and security headers.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.identity;
