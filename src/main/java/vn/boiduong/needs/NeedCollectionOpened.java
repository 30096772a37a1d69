package vn.boiduong.needs;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The Office opened (or moved the due date of) the year's collection of needs; unit heads are told. */
public record NeedCollectionOpened(Long agencyId, int year, LocalDate dueDate, boolean dueDateChanged, String actor,
        LocalDateTime at) {
}
