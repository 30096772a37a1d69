/**
 * B6: supervision against the plan and the official forms 1a, 1b, 2a, 2b, 2c.
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.reporting;
