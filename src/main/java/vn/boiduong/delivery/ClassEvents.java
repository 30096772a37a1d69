package vn.boiduong.delivery;

import java.util.List;

/**
 * What happens to a class in B5, as events the class (or its enrolment) registers and the services
 * publish after the audit line: {@code notification} tells people, {@code archive} (B7) files records,
 * {@code reporting} (B6) counts. Records, so a listener in another module reads them without the entity.
 */
public final class ClassEvents {

    private ClassEvents() {
    }

    /** Enrolment opened: unit heads may nominate their people. */
    public record ClassOpened(Long classId, Long agencyId, int year, String title, String actor) {
    }

    public record ClassStarted(Long classId, Long agencyId, int year, String title, String actor) {
    }

    public record ClassFinished(Long classId, Long agencyId, int year, String title, String actor) {
    }

    /** Every learner has a result; the class's records are complete. */
    public record ClassClosed(Long classId, Long agencyId, int year, String title, String actor) {
    }

    /** Cancelled with a reason; the learners it had (enrolled or nominated) and their units are told. */
    public record ClassCancelled(Long classId, Long agencyId, int year, String title, String reason,
            List<Long> learnerStaffIds, String actor) {
    }

    /** A unit head proposed people of the unit; the Office confirms or refuses. */
    public record LearnersNominated(Long classId, Long agencyId, Long unitId, String title, List<Long> staffIds,
            String actor) {
    }

    /** The Office enrolled people (confirmed nominations or enrolled directly). */
    public record LearnersEnrolled(Long classId, Long agencyId, String title, List<Long> staffIds, String actor) {
    }

    /** The Office refused a nomination, with a reason the unit head reads. */
    public record NominationRefused(Long classId, Long agencyId, Long unitId, String title, Long staffId,
            String reason, String actor) {
    }

    /**
     * Results were recorded for learners of a class: who completed it (their training record, the
     * qualification, the competency and the need follow from it) and who did not.
     */
    public record ResultsRecorded(Long classId, Long agencyId, List<Long> completedStaffIds,
            List<Long> notCompletedStaffIds, String actor) {
    }

    /** A certificate (giấy chứng nhận) was issued to a learner who completed a hosted class. */
    public record CertificateIssued(Long certificateId, Long classId, Long agencyId, Long staffId, String number,
            java.time.LocalDate issuedOn, java.time.LocalDate expiresOn) {
    }

    // ---- budget (B5 item 1) ----

    /**
     * The Office chief issued the announcement (Thông báo) of the plan and its allocation: the heads of
     * the units concerned are told, and each class's training institution is e-mailed.
     */
    public record AnnouncementIssued(Long planId, Long agencyId, int year, String number, java.time.LocalDate date,
            List<Long> unitIds, List<Institution> institutions, String actor) {

        /** An institution with an address to write to, and the classes it holds or receives people for. */
        public record Institution(String name, String email, List<String> classTitles) {
        }
    }
}
