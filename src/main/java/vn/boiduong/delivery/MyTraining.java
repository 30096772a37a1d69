package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.delivery.internal.ClassRepository;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;

/**
 * What a staff member sees of B5 (item 7): the own classes, sessions, certificates, training record
 * and the year's hours against the minimum, and which feedback forms are open; and the sessions of a
 * month for the calendar (item 8): every class of the agency for those who read the classes, the own
 * sessions for everyone else.
 */
@Service
@Transactional(readOnly = true)
public class MyTraining {

    /** An own class: the enrolment's state, the result, the certificate, whether the feedback form is open. */
    public record OwnClass(Long classId, String title, ClassStatus status, String statusLabel, LocalDate startDate,
            LocalDate endDate, String location, String institution, EnrolmentStatus enrolment,
            String enrolmentLabel, Outcome outcome, String outcomeLabel, String certificateNumber,
            String certificateUrl, boolean feedbackOpen, boolean feedbackGiven) {
    }

    /** A session on a calendar or in the own list. */
    public record SessionEntry(Long sessionId, Long classId, String classTitle, LocalDate date, LocalTime startTime,
            LocalTime endTime, String room, String topic, String location) {
    }

    /** Everything of /me/training. */
    public record Mine(Long staffId, String fullName, String unitName, List<OwnClass> classes,
            List<SessionEntry> sessions, List<TrainingRecords.RecordLine> record, TrainingRecords.YearHours hours,
            List<CourseFeedback.Question> questions) {
    }

    private final UserDirectory users;
    private final StaffService staff;
    private final ClassRepository classes;
    private final vn.boiduong.delivery.internal.EnrolmentRepository enrolmentRepository;
    private final TrainingRecords records;
    private final CourseFeedback feedback;
    private final ClassPolicy policy;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MyTraining(UserDirectory users, StaffService staff, ClassRepository classes,
            vn.boiduong.delivery.internal.EnrolmentRepository enrolmentRepository, TrainingRecords records,
            CourseFeedback feedback, ClassPolicy policy, JdbcTemplate jdbc, Clock clock) {
        this.enrolmentRepository = enrolmentRepository;
        this.users = users;
        this.staff = staff;
        this.classes = classes;
        this.records = records;
        this.feedback = feedback;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The staff record of the signed-in person (404 for an account without one: the administrator, a director). */
    public StaffView own(Actor actor) {
        Long staffId = users.staffIdOf(actor.userId()).orElseThrow(() -> new NotFoundException("hồ sơ cán bộ"));
        return staff.own(staffId).orElseThrow(() -> new NotFoundException("hồ sơ cán bộ"));
    }

    /** Whether the signed-in person has a staff record (the menu shows "Quá trình đào tạo của tôi"). */
    public boolean hasOwn(Actor actor) {
        return actor != null && users.staffIdOf(actor.userId()).isPresent();
    }

    public Mine mine(Actor actor) {
        StaffView s = own(actor);
        Map<Long, String> certificates = new HashMap<>();
        jdbc.query("select class_id, certificate_number from training_record where staff_id = ? and class_id is not null",
                rs -> {
                    certificates.put(rs.getLong(1), rs.getString(2));
                }, s.id());
        List<OwnClass> own = new ArrayList<>();
        for (Enrolment e : enrolments(s.id())) {
            TrainingClass c = classes.findById(e.getClassId()).orElse(null);
            if (c == null) {
                continue;
            }
            String number = certificates.get(c.getId());
            boolean given = feedback.answered(c.getId(), s.id());
            boolean open = e.getStatus() == EnrolmentStatus.ENROLLED && feedback.open(c, s.id());
            own.add(new OwnClass(c.getId(), c.getTitle(), c.getStatus(), c.getStatus().label(), c.getStartDate(),
                    c.getEndDate(), c.getLocation(), c.getInstitution(), e.getStatus(), e.getStatus().label(),
                    e.getOutcome(), e.getOutcome() == null ? null : e.getOutcome().label(), number,
                    number == null ? null : "/api/v1/classes/" + c.getId() + "/certificates/" + s.id() + ".pdf",
                    open, given));
        }
        return new Mine(s.id(), s.fullName(), s.unitName(), own, ownSessions(s.id(), null, null), records.lines(s.id()),
                records.yearHours(s, LocalDate.now(clock)), feedback.questions());
    }

    private List<Enrolment> enrolments(Long staffId) {
        return enrolmentRepository.findByStaffIdOrderByIdDesc(staffId);
    }

    /** The person's sessions (classes they are enrolled in, not cancelled), optionally within dates. */
    public List<SessionEntry> ownSessions(Long staffId, LocalDate from, LocalDate to) {
        return jdbc.query(SESSIONS + "join enrolment e on e.class_id = c.id and e.staff_id = ? and e.status = 'ENROLLED' "
                + "where c.status <> 'CANCELLED' and s.session_date >= ? and s.session_date <= ? "
                + "order by s.session_date, s.start_time, s.id", (rs, i) -> entry(rs), staffId,
                from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to);
    }

    /** The sessions of a class, for its calendar (the reader was checked). */
    public List<SessionEntry> classSessions(Long classId) {
        return jdbc.query(SESSIONS + "where c.id = ? order by s.session_date, s.start_time, s.id", (rs, i) -> entry(rs),
                classId);
    }

    /** The calendar of a month: the agency's sessions for those who read the classes, else the own ones. */
    public Month month(Actor actor, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        if (policy.seesAgencyCalendar(actor)) {
            return new Month(month, true, jdbc.query(SESSIONS + "where c.agency_id = ? and c.status <> 'CANCELLED' and "
                    + "s.session_date >= ? and s.session_date <= ? order by s.session_date, s.start_time, s.id",
                    (rs, i) -> entry(rs), actor.agencyId(), from, to));
        }
        return new Month(month, false, users.staffIdOf(actor.userId()).map(id -> ownSessions(id, from, to))
                .orElse(List.of()));
    }

    /**
     * The sessions of a class for its calendar file: whoever may read the class, and its own enrolled
     * learners (404 for anyone else, as a missing class).
     */
    public ClassSessions classCalendar(Actor actor, Long classId) {
        TrainingClass c = classes.findById(classId).orElseThrow(() -> new NotFoundException(ClassPolicy.CLASS));
        boolean learner = users.staffIdOf(actor.userId()).map(id -> jdbc.queryForObject("select count(*) from enrolment "
                + "where class_id = ? and staff_id = ? and status = 'ENROLLED'", Integer.class, classId, id) > 0)
                .orElse(false);
        if (!learner) {
            policy.read(actor, c).orThrow();
        }
        return new ClassSessions(c.getTitle(), classSessions(classId));
    }

    public record ClassSessions(String title, List<SessionEntry> sessions) {
    }

    /** A month of sessions; {@code agency} when they are the whole agency's. */
    public record Month(YearMonth month, boolean agency, List<SessionEntry> sessions) {
    }

    private static final String SESSIONS = "select s.id, c.id, c.title, s.session_date, s.start_time, s.end_time, "
            + "s.room, s.topic, c.location from class_session s join training_class c on c.id = s.class_id ";

    private static SessionEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SessionEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getTime(5).toLocalTime(), rs.getTime(6).toLocalTime(), rs.getString(7), rs.getString(8),
                rs.getString(9));
    }
}
