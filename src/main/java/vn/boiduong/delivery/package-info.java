/**
 * B5: classes, enrolments, attendance, results, certificates and spending.
 * <p>So far: a class (status PLANNED) is made from each item of a plan when it is approved, by
 * listening to planning's {@code PlanApproved} in the approving transaction (one class per item,
 * held by a unique constraint); {@code GET /api/v1/classes?planId=} and the page {@code /classes}.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.delivery;
