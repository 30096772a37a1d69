/**
 * B5: classes, enrolments, attendance, results, certificates and spending.
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.delivery;
