/**
 * In-application notices (e-mail comes with issue 4): listens to the needs' events and tells the
 * Office or the unit's heads, in the writer's transaction; each user reads and marks their own at
 * /notifications, with the unread count in the navbar.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.notification;
