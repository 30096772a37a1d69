package vn.boiduong.needs;

import java.time.LocalDateTime;

/** A unit sent a need to the Office (B1 → B2); the Office is told. */
public record NeedSubmitted(Long needId, Long agencyId, Long unitId, int year, String title, String actor,
        LocalDateTime at) {
}
