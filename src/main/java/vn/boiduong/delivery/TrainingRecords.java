package vn.boiduong.delivery;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.TrainingCategory;
import vn.boiduong.competency.CompetencyAssessments;
import vn.boiduong.competency.CompetencyCatalogue;
import vn.boiduong.competency.CompetencyView;
import vn.boiduong.delivery.internal.ClassRepository;
import vn.boiduong.delivery.internal.ClassSessionRepository;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.NeedFulfilments;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.StaffView;

/**
 * Completion closes the loop of B1 (B5 item 6), and each person's training record (quá trình ĐTBD).
 * When results are recorded ({@link ClassEvents.ResultsRecorded}), in the same transaction, each
 * learner who completed the class gets a line on the training record (hours from the sessions they
 * were present at, {@link TrainingHours}); the staff qualification the class's category and level
 * give is raised (only upward, by {@code organization}); the competencies linked to the class get a
 * new dated assessment (by {@code competency}); the needs the class served are fulfilled for them
 * (by {@code needs}). A learner whose result turned to not completed loses the line (a qualification
 * or an assessment already given stays: they are corrected where they live). A certificate issued
 * later ({@link ClassEvents.CertificateIssued}) fills the line's number.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

    private final ClassRepository classes;
    private final ClassSessionRepository sessions;
    private final ClassService classService;
    private final ClassPolicy policy;
    private final StaffService staff;
    private final NeedFulfilments needs;
    private final CompetencyAssessments assessments;
    private final CompetencyCatalogue catalogue;
    private final UserDirectory users;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingRecords(ClassRepository classes, ClassSessionRepository sessions, ClassService classService, ClassPolicy policy,
            StaffService staff, NeedFulfilments needs, CompetencyAssessments assessments, CompetencyCatalogue catalogue,
            UserDirectory users, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.classes = classes;
        this.sessions = sessions;
        this.classService = classService;
        this.policy = policy;
        this.staff = staff;
        this.needs = needs;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // ---- the loop of B1 ----

    @EventListener
    @Transactional
    public void on(ClassEvents.ResultsRecorded results) {
        TrainingClass c = classes.findById(results.classId()).orElseThrow(() -> new NotFoundException(ClassPolicy.CLASS));
        List<ClassSession> ss = sessions.findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(c.getId());
        LocalDateTime now = LocalDateTime.now(clock);
        List<CompetencyLink> links = competencies(c.getId());
        for (Long staffId : results.completedStaffIds()) {
            BigDecimal hours = TrainingHours.attended(ss, presentSessions(c.getId(), staffId), c.getStartDate(),
                    c.getEndDate());
            int updated = jdbc.update("update training_record set hours = ?, title = ?, category = ?, level_code = ?, "
                    + "start_date = ?, end_date = ?, institution = ?, recorded_at = ? where class_id = ? and staff_id = ?",
                    hours, c.getTitle(), c.getCategory().name(), c.getLevelCode(), c.getStartDate(), c.getEndDate(),
                    institution(c), now, c.getId(), staffId);
            if (updated == 0) {
                jdbc.update("insert into training_record (agency_id, staff_id, class_id, title, category, level_code, "
                        + "start_date, end_date, hours, institution, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        c.getAgencyId(), staffId, c.getId(), c.getTitle(), c.getCategory().name(), c.getLevelCode(),
                        c.getStartDate(), c.getEndDate(), hours, institution(c), now);
            }
            String because = "hoàn thành lớp «" + c.getTitle() + "»";
            staff.raiseQualification(staffId, c.getCategory(), c.getLevelCode(), because);
            for (CompetencyLink link : links) {
                assessments.assessFromTraining(staffId, link.competencyId(), link.level(), c.getEndDate(), because);
            }
            needs.fulfil(c.getNeedIds(), staffId, c.getId(), c.getEndDate());
        }
        for (Long staffId : results.notCompletedStaffIds()) {
            jdbc.update("delete from training_record where class_id = ? and staff_id = ?", c.getId(), staffId);
        }
        if (!results.completedStaffIds().isEmpty() || !results.notCompletedStaffIds().isEmpty()) {
            events.publishEvent(AuditEvent.of("TRAINING_RECORD", ClassService.AUDIT_TYPE, c.getId(),
                    "Cập nhật quá trình đào tạo theo kết quả lớp " + c.getTitle() + ": "
                            + results.completedStaffIds().size() + " người hoàn thành, "
                            + results.notCompletedStaffIds().size() + " người không hoàn thành"));
        }
    }

    @EventListener
    @Transactional
    public void on(ClassEvents.CertificateIssued certificate) {
        jdbc.update("update training_record set certificate_number = ? where class_id = ? and staff_id = ?",
                certificate.number(), certificate.classId(), certificate.staffId());
    }

    private static String institution(TrainingClass c) {
        return c.getInstitution();
    }

    Set<Long> presentSessions(Long classId, Long staffId) {
        return new HashSet<>(jdbc.queryForList("select a.session_id from attendance a join class_session s on "
                + "s.id = a.session_id where s.class_id = ? and a.staff_id = ? and a.presence = 'PRESENT'", Long.class,
                classId, staffId));
    }

    // ---- the training record ----

    /** A line of the training record. */
    public record RecordLine(Long classId, String title, String category, String categoryLabel, String level,
            String levelLabel, LocalDate startDate, LocalDate endDate, BigDecimal hours, String institution,
            String certificateNumber) {

        /** The hours as a page prints them: "7", "3,5". */
        public String hoursText() {
            return TrainingHours.text(hours);
        }

        /** "Lý luận chính trị — Trung cấp". */
        public String describe() {
            return levelLabel == null || levelLabel.isEmpty() ? categoryLabel : categoryLabel + " — " + levelLabel;
        }
    }

    /** A person's training record with the year's hours against the minimum. */
    public record StaffRecord(Long staffId, String fullName, String unitName, List<RecordLine> lines,
            YearHours hours) {
    }

    /** The hours of a year, the minimum that applies and the share done (0–100). */
    public record YearHours(int year, BigDecimal done, int minimum, int share) {
        public String doneText() {
            return TrainingHours.text(done);
        }

        public boolean met() {
            return done.compareTo(BigDecimal.valueOf(minimum)) >= 0;
        }
    }

    /** Someone's record as the API and the staff page show it (checked by {@link ClassPolicy#readTrainingRecord}). */
    public StaffRecord of(Actor actor, Long staffId) {
        StaffView s = staff.own(staffId).orElseThrow(() -> new NotFoundException(ClassPolicy.RECORD));
        Long agencyId = jdbc.queryForObject("select agency_id from staff where id = ?", Long.class, staffId);
        boolean self = users.staffIdOf(actor.userId()).map(staffId::equals).orElse(false);
        policy.readTrainingRecord(actor, agencyId, s.unitId(), self).orThrow();
        return record(s);
    }

    /** Whether the actor may read this person's record (for a page that shows it as a section). */
    public boolean mayRead(Actor actor, Long staffId) {
        Optional<StaffView> s = staff.own(staffId);
        if (s.isEmpty()) {
            return false;
        }
        Long agencyId = jdbc.queryForObject("select agency_id from staff where id = ?", Long.class, staffId);
        boolean self = users.staffIdOf(actor.userId()).map(staffId::equals).orElse(false);
        return policy.readTrainingRecord(actor, agencyId, s.get().unitId(), self).isAllowed();
    }

    StaffRecord record(StaffView s) {
        return new StaffRecord(s.id(), s.fullName(), s.unitName(), lines(s.id()), yearHours(s, LocalDate.now(clock)));
    }

    List<RecordLine> lines(Long staffId) {
        return jdbc.query("select class_id, title, category, level_code, start_date, end_date, hours, institution, "
                + "certificate_number from training_record where staff_id = ? order by start_date desc, id desc",
                (rs, i) -> {
                    TrainingCategory cat = TrainingCategory.parse(rs.getString("category")).orElse(TrainingCategory.OTHER);
                    String level = rs.getString("level_code");
                    long classId = rs.getLong("class_id");
                    return new RecordLine(rs.wasNull() ? null : classId, rs.getString("title"), cat.name(), cat.label(),
                            level, cat.levelLabel(level), rs.getDate("start_date").toLocalDate(),
                            rs.getDate("end_date").toLocalDate(), rs.getBigDecimal("hours"), rs.getString("institution"),
                            rs.getString("certificate_number"));
                }, staffId);
    }

    /** The hours of the year of {@code on} (classes that started that year) against the minimum in force. */
    YearHours yearHours(StaffView s, LocalDate on) {
        int year = on.getYear();
        BigDecimal done = jdbc.queryForObject("select coalesce(sum(hours), 0) from training_record where staff_id = ? "
                + "and start_date >= ? and start_date <= ?", BigDecimal.class, s.id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        int minimum = TrainingHours.minimum(minimums(), s.category(), s.position(), on);
        return new YearHours(year, done.stripTrailingZeros().scale() < 0 ? done.setScale(0) : done.stripTrailingZeros(),
                minimum, TrainingHours.share(done, minimum));
    }

    List<TrainingHours.Minimum> minimums() {
        return jdbc.query("select staff_category, position, periods, effective_from from mandatory_training_hours",
                (rs, i) -> {
                    String cat = rs.getString("staff_category");
                    return new TrainingHours.Minimum(cat == null ? null : StaffCategory.valueOf(cat),
                            rs.getString("position"), rs.getInt("periods"), rs.getDate("effective_from").toLocalDate());
                });
    }

    // ---- competencies a class gives ----

    /** A competency the class gives, and at which level. */
    public record CompetencyLink(Long competencyId, String code, String name, int level) {
    }

    /** The competencies a class gives, for whoever may read the class. */
    public List<CompetencyLink> competencies(Actor actor, Long classId) {
        classService.readable(actor, classId);
        return competencies(classId);
    }

    List<CompetencyLink> competencies(Long classId) {
        return jdbc.query("select k.competency_id, c.code, c.name, k.level from class_competency k join competency c "
                + "on c.id = k.competency_id where k.class_id = ? order by c.code", (rs, i) -> new CompetencyLink(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)), classId);
    }

    /** What the Office enters: a competency and the level (1–5) the class gives. */
    public record LinkData(Long competencyId, Integer level) {
    }

    /** The rights of {@link #linkCompetencies} alone (403/404), asked before the body is read. */
    public void checkMayLink(Actor actor, Long classId) {
        TrainingClass c = classService.readable(actor, classId);
        policy.linkCompetencies(actor, c).orThrowUnlessWrongState();
    }

    /**
     * Replaces the competencies a class gives (the Office, until it is closed): each of the class's
     * agency, once, at a level 1–5; 400 with the field otherwise, nothing saved.
     */
    @Transactional
    public List<CompetencyLink> linkCompetencies(Actor actor, Long classId, List<LinkData> links) {
        TrainingClass c = classService.readable(actor, classId);
        policy.linkCompetencies(actor, c).orThrowUnlessWrongState();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Map<Long, CompetencyView> known = catalogue.list(actor).stream()
                .collect(Collectors.toMap(CompetencyView::id, v -> v));
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        List<LinkData> given = links == null ? List.of() : links;
        for (int i = 0; i < given.size(); i++) {
            LinkData d = given.get(i);
            if (d == null || d.competencyId() == null || !known.containsKey(d.competencyId())) {
                errors.add(new InvalidInputException.FieldError("[" + i + "].competencyId",
                        "Năng lực không tồn tại trong danh mục của cơ quan."));
            } else if (chosen.containsKey(d.competencyId())) {
                errors.add(new InvalidInputException.FieldError("[" + i + "].competencyId",
                        "Năng lực đã có trong danh sách."));
            } else if (d.level() == null || d.level() < 1 || d.level() > 5) {
                errors.add(new InvalidInputException.FieldError("[" + i + "].level", "Mức năng lực phải từ 1 đến 5."));
            } else {
                chosen.put(d.competencyId(), d.level());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Danh sách năng lực chưa hợp lệ.", errors);
        }
        policy.linkCompetencies(actor, c).orThrow();
        jdbc.update("delete from class_competency where class_id = ?", classId);
        chosen.forEach((id, level) -> jdbc.update("insert into class_competency (class_id, competency_id, level) "
                + "values (?, ?, ?)", classId, id, level));
        events.publishEvent(AuditEvent.of("COMPETENCIES", ClassService.AUDIT_TYPE, classId, "Năng lực lớp "
                + c.getTitle() + " mang lại: " + (chosen.isEmpty() ? "không có" : chosen.entrySet().stream()
                        .map(e -> known.get(e.getKey()).code() + " mức " + e.getValue())
                        .collect(Collectors.joining(", ")))));
        return competencies(classId);
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
