/**
 * Notices, e-mails and due-date reminders of every step: this module only listens, and no step
 * imports it (it may read the steps it listens to; they never know it is there).
 * <ul>
 *   <li>Events it listens to, in the transaction of the change (a notice of a change that rolled
 *       back would mislead, so notice and change commit together):
 *       {@link vn.boiduong.needs.NeedSubmitted} → the Office; {@link vn.boiduong.needs.NeedReturned},
 *       {@link vn.boiduong.needs.NeedAccepted} → the unit's heads; {@link vn.boiduong.needs.NeedCollectionOpened}
 *       → every unit head (in the application); {@link vn.boiduong.planning.PlanSubmitted} → the
 *       Director; {@link vn.boiduong.planning.PlanReturned}, {@link vn.boiduong.planning.PlanApproved} →
 *       the Office chief and the heads of the units whose needs the plan serves (in the application
 *       and by e-mail); B5 ({@code internal.ClassNotices}): {@code ClassEvents.AnnouncementIssued} → the heads
 *       of the units given budget and, by e-mail, each class's training institution; {@code ClassCancelled}
 *       → the learners and their unit heads; {@code LearnersNominated} → the Office; {@code NominationRefused}
 *       → the unit's heads; {@code ClassOpened} → every unit head; B6 ({@code internal.ResultsReportNotices}):
 *       {@code ResultsReportSubmitted} → the Director, {@code …Returned} and {@code …Acknowledged} → the Office chief. Who is told is written once, in {@code internal.Recipients}, for the notice
 *       and the mail alike.</li>
 *   <li>Due dates: one daily job ({@code internal.DueDateReminderJob}, {@code boiduong.reminders.cron},
 *       one node at a time by ShedLock) asks every {@link vn.boiduong.procedure.DueDateSource} bean
 *       (needs: the collection's date, for the heads of late units; planning: {@code registerBy} for the
 *       Office chief while the plan is not submitted, {@code approveBy} for the Director while it
 *       waits) and reminds once per (recipient, subject, due kind, due date, stage), by notice and,
 *       to a person with an address, by e-mail. The same job reminds the holder of a valid certificate
 *       (B5) and the Office 30 days before it expires, once per certificate
 *       ({@code internal.CertificateExpiryReminders}, reading delivery's {@code CertificateService}).</li>
 *   <li>E-mail goes through Spring Modulith's event publication registry (table
 *       {@code event_publication}): queued in the transaction that decided it, sent after the commit
 *       by an {@code @ApplicationModuleListener}; a mail server that failed or a node that stopped
 *       leaves the publication incomplete, and the next start republishes it.</li>
 *   <li>{@link vn.boiduong.notification.Notifications}: each user reads and marks their own notices at
 *       /notifications, with the unread count in the navbar.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.notification;
