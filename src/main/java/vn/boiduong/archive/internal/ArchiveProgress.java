package vn.boiduong.archive.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.procedure.StepProgress;
import vn.boiduong.procedure.StepState;

/**
 * Tells the home page where B7 stands in a year. Filing runs by itself from B4 on, so documents in
 * open sets are not yet the step: B7 is the Office closing the year's sets (đóng hồ sơ, QT.VP.05
 * section 7). Not started while every set is open, in progress once one is closed, done when none is
 * left open.
 */
@Component
class ArchiveProgress implements StepProgress {

    private final ArchiveStore store;

    ArchiveProgress(ArchiveStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StepState> state(Long agencyId, int year, String stepCode) {
        if (agencyId == null || !"B7".equals(stepCode)) {
            return Optional.empty();
        }
        ArchiveStore.YearCounts c = store.yearCounts(agencyId, year);
        long ended = c.closed() + c.disposed();
        if (ended == 0) {
            return Optional.of(StepState.NOT_STARTED);
        }
        String documents = c.documents() + " tài liệu đã lưu";
        if (c.open() == 0) {
            return Optional.of(StepState.done("Đã đóng đủ " + c.sets() + " bộ hồ sơ năm " + year + " (" + documents + ")"));
        }
        return Optional.of(StepState.inProgress("Đã đóng " + ended + "/" + c.sets() + " bộ hồ sơ năm " + year + " ("
                + documents + ")"));
    }
}
