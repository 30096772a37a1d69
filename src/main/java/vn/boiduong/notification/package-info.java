/**
 * In-application notices: listens to the needs' events and tells the Office or the unit's heads, in
 * the writer's transaction; each user reads and marks their own at /notifications, with the unread
 * count in the navbar. {@link vn.boiduong.notification.Reminders}: due-date reminders sent once per
 * (recipient, subject, due kind, due date, stage) by notice and, to a person with an address, by
 * e-mail; called by planning's job and, for the collection of needs, on needs' event
 * {@link vn.boiduong.needs.NeedCollectionDue} (needs cannot call this module: it depends on needs).
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.notification;
