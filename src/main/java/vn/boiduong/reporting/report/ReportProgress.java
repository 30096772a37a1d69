package vn.boiduong.reporting.report;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.procedure.StepProgress;
import vn.boiduong.procedure.StepState;

/**
 * Tells the home page where B6 stands in a year by its report to the Director: not started without
 * one, in progress while it is drafted, submitted or returned, done once the Director acknowledged it.
 */
@Component
class ReportProgress implements StepProgress {

    private final ResultsReportRepository reports;

    ReportProgress(ResultsReportRepository reports) {
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StepState> state(Long agencyId, int year, String stepCode) {
        if (agencyId == null || !"B6".equals(stepCode)) {
            return Optional.empty();
        }
        return reports.findByAgencyIdAndYear(agencyId, year).map(r -> switch (r.status()) {
            case ACKNOWLEDGED -> StepState.done("Giám đốc đã cho ý kiến về báo cáo kết quả (số " + r.getNumberText() + ")");
            case SUBMITTED -> StepState.inProgress("Báo cáo kết quả đã trình Giám đốc");
            case RETURNED -> StepState.inProgress("Báo cáo kết quả bị Giám đốc trả lại, đang sửa");
            case DRAFT -> StepState.inProgress("Văn phòng đang soạn báo cáo kết quả");
        });
    }
}
