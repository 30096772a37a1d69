package vn.boiduong.archive;

import java.time.LocalDate;
import java.util.List;

/** What the archive tells the rest of the application (the notices listen to some of them). */
public final class ArchiveEvents {

    private ArchiveEvents() {
    }

    /** A document was filed into a record set (by a step's event or an upload). */
    public record DocumentFiled(Long documentId, Long recordSetId, Long agencyId, RecordType type, String title,
            String sha256, String actor) {
    }

    /** The Office closed a set (đóng hồ sơ): it is read-only from now on. */
    public record RecordSetClosed(Long recordSetId, Long agencyId, String title, String actor) {
    }

    /** The Office proposed to dispose of a set whose retention has ended. */
    public record DisposalProposed(Long disposalId, Long recordSetId, Long agencyId, String title, String actor) {
    }

    /** The Director decided: the set's files were erased; the disposal record stays. */
    public record DisposalApproved(Long disposalId, Long recordSetId, Long agencyId, String title,
            String decisionNumber, LocalDate decisionDate, int filesErased, String actor) {
    }

    /**
     * A fixity check found bytes that no longer have their hash, files missing or files nobody
     * filed: the Office of each agency concerned is told (an empty list: the installation's only).
     */
    public record FixityDifferences(Long runId, List<Long> agencyIds, int changed, int missing, int unknown) {
    }
}
