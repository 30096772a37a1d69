package vn.boiduong.needs;

import java.time.LocalDateTime;

/** The Office accepted a need into the year's consolidation (B2); the unit's heads are told. */
public record NeedAccepted(Long needId, Long agencyId, Long unitId, int year, String title, String actor,
        LocalDateTime at) {
}
