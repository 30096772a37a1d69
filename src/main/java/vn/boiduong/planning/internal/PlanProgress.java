package vn.boiduong.planning.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boiduong.planning.PlanStatus;
import vn.boiduong.planning.TrainingPlan;
import vn.boiduong.procedure.RegistrationDueDateSource;
import vn.boiduong.procedure.StepProgress;
import vn.boiduong.procedure.StepState;

/** Tells the home page where B3 and B4 stand and the province's registration due date of the year. */
@Component
class PlanProgress implements StepProgress, RegistrationDueDateSource {

    private final PlanRepository plans;

    PlanProgress(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<StepState> state(Long agencyId, int year, String stepCode) {
        if (agencyId == null || !("B3".equals(stepCode) || "B4".equals(stepCode))) {
            return Optional.empty();
        }
        Optional<TrainingPlan> plan = plans.findByAgencyIdAndYear(agencyId, year);
        if (plan.isEmpty()) {
            return Optional.of(StepState.NOT_STARTED);
        }
        TrainingPlan p = plan.get();
        String items = p.getItems().size() + " mục";
        if ("B3".equals(stepCode)) {
            return Optional.of(switch (p.getStatus()) {
                case DRAFT -> StepState.inProgress("Kế hoạch đang dự thảo, " + items);
                case RETURNED -> StepState.inProgress("Giám đốc đã trả lại kế hoạch");
                case SUBMITTED, APPROVED -> StepState.done("Đã trình kế hoạch, " + items);
            });
        }
        if (p.getStatus() == PlanStatus.APPROVED) {
            return Optional.of(StepState.done("Quyết định số " + p.getDecisionNumber()));
        }
        return Optional.of(p.getStatus() == PlanStatus.SUBMITTED ? StepState.inProgress("Chờ Giám đốc phê duyệt")
                : StepState.NOT_STARTED);
    }

    @Override
    public Optional<LocalDate> registrationDueDate(Long agencyId, int year) {
        return agencyId == null ? Optional.empty()
                : plans.findByAgencyIdAndYear(agencyId, year).map(TrainingPlan::getRegistrationDueDate);
    }
}
