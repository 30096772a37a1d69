package vn.boiduong.competency;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated assessment; {@code validTo} is the day the next one took over, null while current;
 * {@code evidence} is the note, {@code evidenceFiles} the files attached as proof.
 */
public record AssessmentView(Long id, Long staffId, Long competencyId, int level, LocalDate assessedOn,
        LocalDate validTo, String assessor, String evidence, boolean current, List<EvidenceFileView> evidenceFiles) {

    public AssessmentView {
        evidenceFiles = evidenceFiles == null ? List.of() : List.copyOf(evidenceFiles);
    }
}
