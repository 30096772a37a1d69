/**
 * In-application and e-mail notices of steps and due dates; listens to events.
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.notification;
