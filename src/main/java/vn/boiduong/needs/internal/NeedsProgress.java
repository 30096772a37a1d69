package vn.boiduong.needs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.needs.NeedCollection;
import vn.boiduong.needs.NeedStatus;
import vn.boiduong.organization.UnitService;
import vn.boiduong.procedure.StepProgress;
import vn.boiduong.procedure.StepState;

/**
 * Tells the home page where B1 (units send needs) and B2 (the Office reviews them) stand in a
 * year: B1 is done once every unit has sent something or the collection's due date has passed;
 * B2 once B1 is done and nothing waits for review.
 */
@Component
@Order(10)
class NeedsProgress implements StepProgress {

    private final NeedRepository needs;
    private final NeedCollectionRepository collections;
    private final ConsolidatedNeedRepository lines;
    private final UnitService units;
    private final Clock clock;

    NeedsProgress(NeedRepository needs, NeedCollectionRepository collections, ConsolidatedNeedRepository lines,
            UnitService units, Clock clock) {
        this.needs = needs;
        this.collections = collections;
        this.lines = lines;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StepState> state(Long agencyId, int year, String stepCode) {
        if (agencyId == null || !("B1".equals(stepCode) || "B2".equals(stepCode))) {
            return Optional.empty();
        }
        Optional<NeedCollection> collection = collections.findByAgencyIdAndYear(agencyId, year);
        long sentUnits = needs.submissions(agencyId, year).size();
        long allUnits = units.activeUnitsOf(agencyId).size();
        boolean collectionOver = collection.map(c -> !c.isOpen(LocalDate.now(clock))).orElse(false);
        boolean b1Done = (allUnits > 0 && sentUnits >= allUnits) || (collectionOver && sentUnits > 0);
        if ("B1".equals(stepCode)) {
            if (collection.isEmpty() && needs.countByAgencyIdAndYear(agencyId, year) == 0) {
                return Optional.of(StepState.NOT_STARTED);
            }
            String detail = sentUnits + "/" + allUnits + " đơn vị đã gửi nhu cầu"
                    + collection.map(c -> ", hạn gửi " + vn.boiduong.common.web.PageHelpers.DATE.format(
                            c.getDueDate())).orElse("");
            return Optional.of(b1Done ? StepState.done(detail) : StepState.inProgress(detail));
        }
        long waiting = needs.countByAgencyIdAndYearAndStatus(agencyId, year, NeedStatus.SUBMITTED);
        long accepted = needs.countByAgencyIdAndYearAndStatus(agencyId, year, NeedStatus.ACCEPTED);
        if (waiting == 0 && accepted == 0) {
            return Optional.of(StepState.NOT_STARTED);
        }
        int merged = lines.findByAgencyIdAndYear(agencyId, year).size();
        String detail = accepted + " nhu cầu đã tiếp nhận, " + waiting + " chờ xem xét"
                + (merged == 0 ? "" : ", " + merged + " dòng tổng hợp");
        return Optional.of(b1Done && waiting == 0 ? StepState.done(detail) : StepState.inProgress(detail));
    }
}
