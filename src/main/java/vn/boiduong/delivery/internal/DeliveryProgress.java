package vn.boiduong.delivery.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.delivery.ClassStatus;
import vn.boiduong.procedure.StepProgress;
import vn.boiduong.procedure.StepState;

/**
 * Tells the home page where B5 stands in a year: it starts when the approved plan's classes exist
 * (they are made in the approving transaction) and is done when every class of the year has its
 * records closed (every learner has a result) or was cancelled.
 */
@Component
class DeliveryProgress implements StepProgress {

    private final ClassRepository classes;

    DeliveryProgress(ClassRepository classes) {
        this.classes = classes;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StepState> state(Long agencyId, int year, String stepCode) {
        if (agencyId == null || !"B5".equals(stepCode)) {
            return Optional.empty();
        }
        Map<ClassStatus, Long> counts = new EnumMap<>(ClassStatus.class);
        for (Object[] row : classes.countByStatus(agencyId, year)) {
            counts.put((ClassStatus) row[0], (Long) row[1]);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Optional.of(StepState.NOT_STARTED);
        }
        long closed = counts.getOrDefault(ClassStatus.CLOSED, 0L);
        long cancelled = counts.getOrDefault(ClassStatus.CANCELLED, 0L);
        long running = counts.getOrDefault(ClassStatus.OPEN, 0L) + counts.getOrDefault(ClassStatus.IN_PROGRESS, 0L);
        String detail = total + " lớp theo kế hoạch đã duyệt: " + running + " lớp đang ghi danh hoặc đang học, "
                + (closed + cancelled) + " lớp đã đóng hồ sơ hoặc hủy";
        return Optional.of(closed + cancelled == total ? StepState.done(detail) : StepState.inProgress(detail));
    }
}
