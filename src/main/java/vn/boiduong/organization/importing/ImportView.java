package vn.boiduong.organization.importing;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A staff import as the status endpoint and the page show it. {@code processed} counts the rows
 * checked while VALIDATING and the rows written while SAVING; at DONE it equals {@code total}.
 *
 * @param errors the bad rows by Excel row number (the first {@link StaffImportService#MAX_LISTED_ERRORS};
 *               {@code message} tells how many there were in all)
 */
public record ImportView(long id, ImportStatus status, int processed, int total, List<RowError> errors,
        String fileName, String message, String createdBy, LocalDateTime createdAt,
        LocalDateTime finishedAt) {

    /** A row that cannot be saved: its Excel row number and the Vietnamese reasons. */
    public record RowError(int row, String message) {
    }

    /** Rows saved: all of them when DONE, none otherwise (all or nothing). */
    @com.fasterxml.jackson.annotation.JsonProperty("saved")
    public int saved() {
        return status == ImportStatus.DONE ? total : 0;
    }

    public boolean finished() {
        return status.finished();
    }

    /** One bar for both passes: checking fills the first half, saving the second. */
    public int percent() {
        if (status == ImportStatus.DONE || status == ImportStatus.FAILED) {
            return 100;
        }
        if (total == 0 || status == ImportStatus.QUEUED) {
            return 0;
        }
        int half = (int) Math.min(50, 50L * processed / total);
        return status == ImportStatus.SAVING ? 50 + half : half;
    }
}
