/**
 * B1–B2: training needs, a unit's submission and the Office's consolidation (issue 3).
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.needs;
