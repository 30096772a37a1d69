/**
 * B1: required competencies per job position, assessments and gaps (issue 3).
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.competency;
