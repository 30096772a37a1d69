/**
 * B3–B4: the annual plan, its items, registration and the Director's decision (issue 4).
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.planning;
