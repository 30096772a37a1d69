package vn.boiduong.needs;

import java.time.LocalDateTime;

/** The Office sent a need back to its unit with a reason; the unit's heads are told. */
public record NeedReturned(Long needId, Long agencyId, Long unitId, int year, String title, String reason,
        String actor, LocalDateTime at) {
}
