/**
 * B5 (QT.VP.05 5.2.5): carrying out the approved plan — classes, their sessions and lecturers, who
 * learns in them, attendance, results, certificates, budget and each person's training record.
 * <p>A class ({@link vn.boiduong.delivery.TrainingClass}) is made from each item of a plan when the
 * Director approves it, by listening to planning's {@code PlanApproved} in the approving transaction
 * (one class per item, held by a unique constraint). It then goes PLANNED → OPEN (enrolment) →
 * IN_PROGRESS → FINISHED → CLOSED, or CANCELLED with a reason before it is finished.
 * <p>The pattern is needs' and planning's: one policy, {@link vn.boiduong.delivery.ClassPolicy}, says
 * who may do each act to a class and, if not, why (403, 404 for another agency's class or another
 * unit's person, 409 for the wrong state); the transitions of {@code TrainingClass} and
 * {@link vn.boiduong.delivery.Enrolment} ask it and register the events of
 * {@link vn.boiduong.delivery.ClassEvents}; the services publish them after the audit line; the pages'
 * buttons come from {@link vn.boiduong.delivery.ClassPolicy#allowed}. Notices and e-mails about classes
 * are listeners in {@code notification}; nothing earlier in the procedure imports this module.
 * <p>Enrolments into one class are decided under a lock on the class row, so the capacity and the
 * overlapping-sessions rule hold when two people act at once.
 * <p>The learner's side (TrainingRecords, MyTraining, CourseFeedback, SessionCalendar): recorded
 * results write the training record (hours from the attended sessions), raise the staff qualification
 * through {@code organization}, assess the competencies linked to the class through {@code competency}
 * and fulfil the needs it served through {@code needs}; {@code /me/training}, {@code /calendar}, the
 * {@code .ics} files and the course feedback (answers never shown with names).
 * <p>The budget ({@link vn.boiduong.delivery.BudgetService}, rules in {@link vn.boiduong.delivery.BudgetRules}):
 * the allocation of an approved plan per class and unit (from planning's {@code UnitShare}), the
 * announcement (Thông báo, {@code …/TB-…} unique per agency and year, also by a unique constraint) that
 * publishes {@code ClassEvents.AnnouncementIssued}, adjustments with a reason after it, spending per class
 * on the cost lines of Circular 36/2018/TT-BTC (data), lecturer fee norms with an effective date (data),
 * the training institutions ({@link vn.boiduong.delivery.InstitutionService}) and the Quyết định cử đi học
 * of an external course ({@link vn.boiduong.delivery.SendDecisionService}); pages
 * {@code /plans/{id}/allocation}, {@code /institutions} and the class page's budget section.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.delivery;
