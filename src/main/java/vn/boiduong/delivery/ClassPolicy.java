package vn.boiduong.delivery;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;
import vn.boiduong.common.Verdict;
import vn.boiduong.planning.ItemKind;

/**
 * Who may do what with a class of B5, and if not, why: the one place that says it. The class's
 * transitions ({@link TrainingClass}), the enrolment's ({@link Enrolment}), the services, the API, the
 * pages' buttons ({@link #allowed}) and the home page's next steps all ask this class. Like
 * {@code planning.PlanPolicy} it holds no state and reads nothing, so an aggregate may ask it inside a
 * transition and a unit test may build it with {@code new}.
 * <p>An act is asked in the order HTTP answers it: may the actor read classes at all (403), may they
 * see this class (404: another agency's class looks missing), then may they do this act to it now
 * (403, then 409). The Office (chief and specialists) runs the classes; the Office chief alone raises
 * a class's capacity; a unit head nominates people of the own unit; the Director and the administrator
 * read.
 */
@Component
public class ClassPolicy {

    /** What the policy needs to know about a class. */
    public interface Subject {
        Long agencyId();

        ClassStatus status();

        ItemKind kind();
    }

    static final String CLASS = "lớp học";
    static final String PERSON = "cán bộ";

    private static final Set<ClassStatus> ENROLLING = EnumSet.of(ClassStatus.OPEN, ClassStatus.IN_PROGRESS);

    public ClassPolicy() {
    }

    // ---- reading ----

    /** May read the classes at all: the Office, the Director, the unit heads and the administrator. */
    public Verdict read(Actor actor) {
        return Verdict.rightIf(actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD,
                Role.ADMIN));
    }

    /** May see this class: one of the actor's agency (an agency-less administrator sees every agency's). */
    public Verdict read(Actor actor, Subject c) {
        return read(actor).and(() -> actor.seesAgency(c.agencyId()) ? Verdict.allowed() : Verdict.outOfScope(CLASS));
    }

    /** Sees every unit's learners of a class; a unit head sees the own unit's only. */
    public boolean seesEveryUnit(Actor actor) {
        return actor.seesWholeAgency();
    }

    // ---- the Office runs the class ----

    /** May run classes at all (asked before a class is loaded): the Office of an agency. */
    public Verdict manage(Actor actor) {
        return Verdict.rightIf(actor.isOffice() && actor.agencyId() != null);
    }

    private Verdict manage(Actor actor, Subject c) {
        return Verdict.rightIf(actor.isOffice() && c.agencyId().equals(actor.agencyId()));
    }

    public Verdict open(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() == ClassStatus.PLANNED ? Verdict.allowed()
                : Verdict.wrongState("Chỉ mở ghi danh cho lớp đang ở trạng thái theo kế hoạch (lớp này: "
                        + c.status().label().toLowerCase() + ")."));
    }

    public Verdict start(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() == ClassStatus.OPEN ? Verdict.allowed()
                : Verdict.wrongState("Chỉ bắt đầu được lớp đang ghi danh (lớp này: "
                        + c.status().label().toLowerCase() + ")."));
    }

    public Verdict finish(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() == ClassStatus.IN_PROGRESS ? Verdict.allowed()
                : Verdict.wrongState("Chỉ kết thúc được lớp đang học (lớp này: " + c.status().label().toLowerCase()
                        + ")."));
    }

    public Verdict close(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() == ClassStatus.FINISHED ? Verdict.allowed()
                : Verdict.wrongState("Chỉ đóng hồ sơ được lớp đã kết thúc (lớp này: "
                        + c.status().label().toLowerCase() + ")."));
    }

    /** Cancel before the class is finished (with a reason: the class checks it before the state). */
    public Verdict cancel(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status().beforeFinish() ? Verdict.allowed()
                : Verdict.wrongState("Lớp đã " + c.status().label().toLowerCase() + ", không thể hủy."));
    }

    /** Sessions and lecturers of a hosted class, until it is finished. */
    public Verdict editSchedule(Actor actor, Subject c) {
        return manage(actor, c).and(() -> {
            if (c.kind() != ItemKind.HOSTED) {
                return Verdict.wrongState("Khóa cử đi học do cơ sở đào tạo tổ chức, không có buổi học ở đây.");
            }
            return c.status().beforeFinish() ? Verdict.allowed()
                    : Verdict.wrongState("Lớp đã " + c.status().label().toLowerCase() + ", không sửa lịch học được.");
        });
    }

    /** The Office chief raises (or lowers) the class's capacity until it is finished. */
    public Verdict changeCapacity(Actor actor, Subject c) {
        return Verdict.rightIf(actor.has(Role.OFFICE_CHIEF) && c.agencyId().equals(actor.agencyId()))
                .and(() -> c.status().beforeFinish() ? Verdict.allowed()
                        : Verdict.wrongState("Lớp đã " + c.status().label().toLowerCase()
                                + ", không đổi số học viên được."));
    }

    // ---- enrolment ----

    /** A unit head nominates people of the own unit while the class is open for enrolment. */
    public Verdict nominate(Actor actor, Subject c) {
        return Verdict.rightIf(actor.has(Role.UNIT_HEAD) && actor.unitId() != null
                && c.agencyId().equals(actor.agencyId())).and(() -> c.status() == ClassStatus.OPEN
                        ? Verdict.allowed() : Verdict.wrongState("Lớp không trong thời gian ghi danh (lớp này: "
                                + c.status().label().toLowerCase() + ")."));
    }

    /**
     * Whether this person may be nominated by this unit head: one of the own unit (another unit's or
     * another agency's person looks missing, 404), and active.
     */
    public Verdict nominatePerson(Actor actor, Long personAgencyId, Long personUnitId, boolean active,
            String fullName) {
        if (!actor.seesUnit(personAgencyId, personUnitId) || actor.unitId() == null
                || !actor.unitId().equals(personUnitId)) {
            return Verdict.outOfScope(PERSON);
        }
        return active ? Verdict.allowed() : Verdict.wrongState(fullName + " đã nghỉ (không còn hoạt động), không thể cử đi học.");
    }

    /** The Office enrols people (confirms nominations, enrols directly, refuses) while enrolment is open or the class runs. */
    public Verdict enrol(Actor actor, Subject c) {
        return manage(actor, c).and(() -> ENROLLING.contains(c.status()) ? Verdict.allowed()
                : Verdict.wrongState("Lớp không nhận thêm học viên (lớp này: " + c.status().label().toLowerCase()
                        + ")."));
    }

    /** Whether the Office may enrol this person: of the class's agency (else 404) and active (else 409). */
    public Verdict enrolPerson(Subject c, Long personAgencyId, boolean active, String fullName) {
        if (!c.agencyId().equals(personAgencyId)) {
            return Verdict.outOfScope(PERSON);
        }
        return active ? Verdict.allowed() : Verdict.wrongState(fullName + " đã nghỉ (không còn hoạt động), không thể ghi danh.");
    }

    // ---- attendance and results (B5 items 4, 5) ----

    /** The Office marks attendance while the class runs and after it finishes, until the set is closed. */
    public Verdict markAttendance(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() == ClassStatus.IN_PROGRESS || c.status() == ClassStatus.FINISHED
                ? Verdict.allowed() : Verdict.wrongState("Chỉ điểm danh khi lớp đang học hoặc đã kết thúc (lớp này: "
                        + c.status().label().toLowerCase() + ")."));
    }

    /** The Office records results once the class is finished, until it is closed. */
    public Verdict recordResults(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() == ClassStatus.FINISHED ? Verdict.allowed()
                : Verdict.wrongState("Chỉ nhập kết quả khi lớp đã kết thúc và chưa đóng hồ sơ (lớp này: "
                        + c.status().label().toLowerCase() + ")."));
    }

    /** What the actor may do to this (readable) class now: the page shows exactly these buttons. */
    public Allowed allowed(Actor actor, Subject c) {
        return new Allowed(open(actor, c).isAllowed(), start(actor, c).isAllowed(), finish(actor, c).isAllowed(),
                close(actor, c).isAllowed(), cancel(actor, c).isAllowed(), editSchedule(actor, c).isAllowed(),
                changeCapacity(actor, c).isAllowed(), nominate(actor, c).isAllowed(), enrol(actor, c).isAllowed(),
                markAttendance(actor, c).isAllowed(), recordResults(actor, c).isAllowed());
    }

    /** The acts a page may offer on one class. */
    public record Allowed(boolean open, boolean start, boolean finish, boolean close, boolean cancel,
            boolean editSchedule, boolean changeCapacity, boolean nominate, boolean enrol, boolean markAttendance,
            boolean recordResults) {
    }

    // ---- the learner's side: training record, feedback, calendar (B5 items 6–8) ----

    static final String RECORD = "quá trình đào tạo";

    /**
     * May read a person's training record: the person themselves; the Office and the Director of the
     * person's agency; the head of the person's unit. Another unit's or agency's person looks missing
     * (404); a role without the right (a staff member asking for someone else, the administrator) is 403.
     */
    public Verdict readTrainingRecord(Actor actor, Long personAgencyId, Long personUnitId, boolean self) {
        if (self) {
            return Verdict.allowed();
        }
        if (!actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD)) {
            return Verdict.rightIf(false);
        }
        return actor.without(Role.ADMIN).seesUnit(personAgencyId, personUnitId) ? Verdict.allowed()
                : Verdict.outOfScope(RECORD);
    }

    /** Links the competencies a class gives: the Office, until the class is closed or cancelled. */
    public Verdict linkCompetencies(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() != ClassStatus.CLOSED && c.status() != ClassStatus.CANCELLED
                ? Verdict.allowed() : Verdict.wrongState("Lớp đã " + c.status().label().toLowerCase()
                        + ", không sửa năng lực lớp mang lại được."));
    }

    /**
     * A learner answers the course feedback: once the class is finished (or closed), if they were
     * present at least once and have not answered yet.
     */
    public Verdict answerFeedback(Subject c, long presentSessions, boolean answered) {
        if (c.status() != ClassStatus.FINISHED && c.status() != ClassStatus.CLOSED) {
            return Verdict.wrongState("Chỉ đánh giá khóa học khi lớp đã kết thúc (lớp này: "
                    + c.status().label().toLowerCase() + ").");
        }
        if (presentSessions == 0) {
            return Verdict.wrongState("Chỉ người đã tham dự lớp mới đánh giá khóa học.");
        }
        return answered ? Verdict.wrongState("Bạn đã gửi phiếu đánh giá khóa học này.") : Verdict.allowed();
    }

    /** Reads the feedback of a class (averages and comments, never names): the Office and the Director. */
    public Verdict readFeedback(Actor actor, Subject c) {
        return Verdict.rightIf(actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR))
                .and(() -> c.agencyId().equals(actor.agencyId()) ? Verdict.allowed() : Verdict.outOfScope(CLASS));
    }

    /** The calendar of every class of the agency: whoever reads the classes; others see their own sessions. */
    public boolean seesAgencyCalendar(Actor actor) {
        return read(actor).isAllowed() && actor.agencyId() != null;
    }

    // ==== budget, announcement and cử đi học decision (B5 items 1, 3, 10) ====

    /**
     * May read the plan's allocation, the class's budget and spending: the Office and the Director of
     * the agency (an agency-less administrator reads every agency's); another agency's looks missing.
     */
    public Verdict readBudget(Actor actor, Long agencyId) {
        return Verdict.rightIf(actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.ADMIN))
                .and(() -> actor.seesAgency(agencyId) ? Verdict.allowed() : Verdict.outOfScope("kế hoạch"));
    }

    /**
     * The Office allocates an approved plan's budget; once the announcement is issued only the Office
     * chief changes it, by an adjustment with a reason (the service asks for the reason).
     */
    public Verdict allocate(Actor actor, Long agencyId, boolean approved, boolean announced) {
        return readBudget(actor, agencyId).and(() -> Verdict.rightIf(actor.isOffice() && agencyId.equals(actor.agencyId())
                && (!announced || actor.has(Role.OFFICE_CHIEF)))).and(() -> approved ? Verdict.allowed()
                        : Verdict.wrongState("Chỉ phân bổ kinh phí của kế hoạch đã được phê duyệt."));
    }

    /** The Office chief issues the announcement once, for an approved plan. */
    public Verdict announce(Actor actor, Long agencyId, boolean approved, boolean announced) {
        return readBudget(actor, agencyId).and(() -> Verdict.rightIf(actor.has(Role.OFFICE_CHIEF)
                && agencyId.equals(actor.agencyId()))).and(() -> {
                    if (!approved) {
                        return Verdict.wrongState("Chỉ ra thông báo cho kế hoạch đã được phê duyệt.");
                    }
                    return announced ? Verdict.wrongState("Thông báo của kế hoạch này đã được ban hành.")
                            : Verdict.allowed();
                });
    }

    /** Whoever may read the plan reads the issued announcement's files (the unit heads are its addressees). */
    public Verdict readAnnouncement(Actor actor, Long agencyId) {
        return Verdict.rightIf(actor.hasAny(Role.OFFICE_CHIEF, Role.OFFICE_SPECIALIST, Role.DIRECTOR, Role.UNIT_HEAD,
                Role.ADMIN)).and(() -> actor.seesAgency(agencyId) ? Verdict.allowed() : Verdict.outOfScope("kế hoạch"));
    }

    /** The Office records what a class spent until its records are closed (a cancelled class may have costs). */
    public Verdict spend(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status() != ClassStatus.CLOSED ? Verdict.allowed()
                : Verdict.wrongState("Lớp đã đóng hồ sơ, không ghi thêm khoản chi."));
    }

    /** The Office keeps the list of training institutions of its agency. */
    public Verdict manageInstitutions(Actor actor) {
        return manage(actor);
    }

    /** The Office picks the institution of a class that is not yet finished. */
    public Verdict chooseInstitution(Actor actor, Subject c) {
        return manage(actor, c).and(() -> c.status().beforeFinish() ? Verdict.allowed()
                : Verdict.wrongState("Lớp đã " + c.status().label().toLowerCase() + ", không đổi cơ sở đào tạo."));
    }

    /** The Office chief records the decision sending people to an external course (cử đi học). */
    public Verdict recordSendDecision(Actor actor, Subject c) {
        return Verdict.rightIf(actor.has(Role.OFFICE_CHIEF) && c.agencyId().equals(actor.agencyId())).and(() -> {
            if (c.kind() != ItemKind.EXTERNAL) {
                return Verdict.wrongState("Quyết định cử đi học chỉ dành cho khóa cử đi học.");
            }
            return c.status() == ClassStatus.CANCELLED ? Verdict.wrongState("Lớp đã hủy, không ra quyết định cử đi học.")
                    : Verdict.allowed();
        });
    }

    // ---- results part of B5: certificates and external results (the results helper's section) ----

    /**
     * May fetch a certificate's PDF: the learner themself (a staff account of that person), or the
     * Office of the class's agency; another agency's actor finds nothing (404), anyone else has no right.
     */
    public Verdict certificate(Actor actor, Subject c, boolean ownCertificate) {
        if (ownCertificate) {
            return Verdict.allowed();
        }
        if (!actor.seesAgency(c.agencyId())) {
            return Verdict.outOfScope("giấy chứng nhận");
        }
        return Verdict.rightIf(actor.isOffice() && c.agencyId().equals(actor.agencyId()));
    }

    /** The Office chief alone revokes a certificate of the agency (whatever the class's state). */
    public Verdict revokeCertificate(Actor actor, Subject c) {
        if (!actor.seesAgency(c.agencyId())) {
            return Verdict.outOfScope("giấy chứng nhận");
        }
        return Verdict.rightIf(actor.has(Role.OFFICE_CHIEF) && c.agencyId().equals(actor.agencyId()));
    }

    /** The Office records the institution's certificate of an external class once it is finished. */
    public Verdict recordExternalCertificate(Actor actor, Subject c) {
        return recordResults(actor, c).and(() -> c.kind() == ItemKind.EXTERNAL ? Verdict.allowed()
                : Verdict.wrongState("Lớp do cơ quan tổ chức: giấy chứng nhận do cơ quan cấp khi nhập kết quả."));
    }
}
