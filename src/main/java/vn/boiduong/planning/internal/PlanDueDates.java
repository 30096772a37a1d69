package vn.boiduong.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.procedure.DueDateSource;
import vn.boiduong.procedure.DueKind;
import vn.boiduong.procedure.PendingDueDate;

/**
 * The plan's internal due dates (ProcedureService.dueDates): {@code registerBy} pending while the
 * plan is not submitted (draft or returned), {@code approveBy} while a submitted plan waits for the
 * Director. The notification module's reminder job reminds the Office chief and the Director.
 */
@Component
@Transactional(readOnly = true)
class PlanDueDates implements DueDateSource {

    private final PlanRepository plans;

    PlanDueDates(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public List<PendingDueDate> pendingBetween(LocalDate from, LocalDate to) {
        List<PendingDueDate> out = new ArrayList<>();
        plans.findByRegisterByBetweenAndStatusInOrderById(from, to, List.of(PlanStatus.DRAFT, PlanStatus.RETURNED))
                .forEach(p -> pending(DueKind.PLAN_REGISTER, p).ifPresent(out::add));
        plans.findByApproveByBetweenAndStatusInOrderById(from, to, List.of(PlanStatus.SUBMITTED))
                .forEach(p -> pending(DueKind.PLAN_APPROVE, p).ifPresent(out::add));
        return out;
    }

    @Override
    public Optional<PendingDueDate> pending(DueKind kind, Long subjectId) {
        if (kind != DueKind.PLAN_REGISTER && kind != DueKind.PLAN_APPROVE) {
            return Optional.empty();
        }
        return plans.findById(subjectId).flatMap(p -> pending(kind, p));
    }

    private static Optional<PendingDueDate> pending(DueKind kind, TrainingPlan p) {
        boolean register = kind == DueKind.PLAN_REGISTER;
        if (register ? !p.getStatus().editable() : p.getStatus() != PlanStatus.SUBMITTED) {
            return Optional.empty();
        }
        return Optional.of(PendingDueDate.plan(kind, p.getId(), p.getAgencyId(), p.getYear(),
                register ? p.getRegisterBy() : p.getApproveBy(), p.getRegistrationDueDate()));
    }
}
