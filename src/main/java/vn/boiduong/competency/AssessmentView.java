package vn.boiduong.competency;

import java.time.LocalDate;

/** One dated assessment; {@code validTo} is the day the next one took over, null while current. */
public record AssessmentView(Long id, Long staffId, Long competencyId, int level, LocalDate assessedOn,
        LocalDate validTo, String assessor, String evidence, boolean current) {
}
