package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.SearchTerms;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.internal.ClassRepository;
import vn.boiduong.delivery.internal.EnrolmentRepository;
import vn.boiduong.delivery.internal.LecturerRepository;
import vn.boiduong.delivery.internal.ClassSessionRepository;
import vn.boiduong.organization.StaffCard;
import vn.boiduong.organization.StaffService;
import vn.boiduong.planning.PlanApproved;

/**
 * B5's classes: made when the Director approves the plan; listed and read; carried through their
 * lifecycle, sessions and lecturers by the Office. Every act asks {@link ClassPolicy} (through the
 * class's transitions); each publishes the audit line and then the events the class registered.
 */
@Service
@Transactional(readOnly = true)
public class ClassService {

    public static final String AUDIT_TYPE = "class";
    /** The columns the list may be sorted by, as the API names them. */
    public static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "title", "title", "status",
            "status", "year", "year");
    public static final Sort DEFAULT_SORT = Sort.by("startDate").and(Sort.by("id"));

    private final ClassRepository classes;
    private final ClassSessionRepository sessions;
    private final LecturerRepository lecturers;
    private final EnrolmentRepository enrolments;
    private final StaffService staff;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final vn.boiduong.delivery.internal.PlanFiguresQuery figures;

    ClassService(ClassRepository classes, ClassSessionRepository sessions, LecturerRepository lecturers,
            EnrolmentRepository enrolments, StaffService staff, ClassPolicy policy, ApplicationEventPublisher events,
            Clock clock, vn.boiduong.delivery.internal.PlanFiguresQuery figures) {
        this.figures = figures;
        this.classes = classes;
        this.sessions = sessions;
        this.lecturers = lecturers;
        this.enrolments = enrolments;
        this.staff = staff;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * In the approving transaction (not after it): if the classes cannot be written, the approval
     * rolls back with them; the unique (plan_item_id) constraint stops a second set of classes.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PlanApproved plan) {
        LocalDateTime now = now();
        for (PlanApproved.Item item : plan.items()) {
            TrainingClass c = classes.save(new TrainingClass(plan, item, now));
            events.publishEvent(AuditEvent.of("CREATE", AUDIT_TYPE, c.getId(), "Lớp theo kế hoạch năm "
                    + plan.year() + " (quyết định số " + plan.decisionNumber() + "): " + c.getTitle()));
        }
        classes.flush();
    }

    // ---- reading ----

    /** Filters of the classes list; all optional. */
    public record Filter(Long planId, Integer year, ClassStatus status, String q) {
    }

    /** A page of the actor's agency's classes (every agency's for an agency-less administrator). */
    public PageResponse<ClassView> list(Actor actor, Filter filter, Pageable pageable) {
        policy.read(actor).orThrow();
        String q = filter.q() == null || filter.q().isBlank() ? null
                : SearchTerms.likeContains(filter.q().strip().toLowerCase(Locale.ROOT));
        Page<TrainingClass> page = classes.search(actor.agencyId(), filter.planId(), filter.year(), filter.status(), q,
                pageable);
        Map<Long, int[]> counts = counts(page.getContent().stream().map(TrainingClass::getId).toList());
        return PageResponse.of(page, c -> view(c, counts));
    }

    /** The years that have classes, newest first (the list's year filter). */
    public List<Integer> years(Actor actor) {
        policy.read(actor).orThrow();
        return classes.years(actor.agencyId());
    }

    public ClassDetail get(Actor actor, Long id) {
        TrainingClass c = readable(actor, id);
        return detail(actor, c);
    }

    /**
     * The class if the actor may see it (403 without the right, 404 for another agency's or a
     * missing one): the start of every act and every section of the class's page.
     */
    public TrainingClass readable(Actor actor, Long id) {
        policy.read(actor).orThrow();
        TrainingClass c = classes.findById(id).orElseThrow(() -> new NotFoundException(ClassPolicy.CLASS));
        policy.read(actor, c).orThrow();
        return c;
    }

    /**
     * The class by id without a reading check (404 if missing): for an act whose own verdict says who
     * may do it to which class (a learner fetching the own certificate cannot read classes).
     */
    TrainingClass byId(Long id) {
        return classes.findById(id).orElseThrow(() -> new NotFoundException(ClassPolicy.CLASS));
    }

    /** The class locked for an act that counts its enrolments (see {@link ClassRepository#findForUpdate}). */
    TrainingClass lockedForAct(Actor actor, Long id) {
        policy.read(actor).orThrow();
        TrainingClass c = classes.findForUpdate(id).orElseThrow(() -> new NotFoundException(ClassPolicy.CLASS));
        policy.read(actor, c).orThrow();
        return c;
    }

    public ClassView view(TrainingClass c) {
        return view(c, counts(List.of(c.getId())));
    }

    private ClassView view(TrainingClass c, Map<Long, int[]> counts) {
        int[] n = counts.getOrDefault(c.getId(), new int[3]);
        return ClassView.of(c, n[0], n[1], n[2]);
    }

    private Map<Long, int[]> counts(List<Long> ids) {
        Map<Long, int[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        for (Object[] row : enrolments.countsByClass(ids)) {
            counts.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue()});
        }
        return counts;
    }

    private ClassDetail detail(Actor actor, TrainingClass c) {
        List<ClassLecturer> ls = lecturers.findByClassIdOrderByIdAsc(c.getId());
        Map<Long, String> names = ls.stream().collect(Collectors.toMap(ClassLecturer::getId, ClassLecturer::getFullName));
        List<ClassDetail.SessionView> ss = sessions.findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(c.getId())
                .stream().map(s -> ClassDetail.SessionView.of(s, names.get(s.getLecturerId()))).toList();
        double hours = ss.stream().mapToDouble(ClassDetail.SessionView::hours).sum();
        return new ClassDetail(view(c), c.getCancelReason(), ls.stream().map(ClassDetail.LecturerView::of).toList(), ss,
                hours, policy.allowed(actor, c));
    }

    // ---- the lifecycle ----

    @Transactional
    public ClassDetail open(Actor actor, Long id) {
        TrainingClass c = readable(actor, id);
        c.open(policy, actor, now());
        return publish(actor, c, "OPEN", "Mở ghi danh lớp: " + c.getTitle());
    }

    @Transactional
    public ClassDetail start(Actor actor, Long id) {
        TrainingClass c = lockedForAct(actor, id);
        c.start(policy, actor, enrolments.countByClassIdAndStatus(id, EnrolmentStatus.ENROLLED), now());
        return publish(actor, c, "START", "Bắt đầu lớp: " + c.getTitle());
    }

    @Transactional
    public ClassDetail finish(Actor actor, Long id) {
        TrainingClass c = readable(actor, id);
        c.finish(policy, actor, now());
        return publish(actor, c, "FINISH", "Kết thúc lớp: " + c.getTitle());
    }

    @Transactional
    public ClassDetail close(Actor actor, Long id) {
        TrainingClass c = lockedForAct(actor, id);
        c.close(policy, actor, enrolments.countByClassIdAndStatusAndOutcomeIsNull(id, EnrolmentStatus.ENROLLED), now());
        return publish(actor, c, "CLOSE", "Đóng hồ sơ lớp: " + c.getTitle());
    }

    @Transactional
    public ClassDetail cancel(Actor actor, Long id, String reason) {
        TrainingClass c = lockedForAct(actor, id);
        List<Long> learners = enrolments.findByClassIdOrderByIdAsc(id).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.REFUSED).map(Enrolment::getStaffId).toList();
        c.cancel(policy, actor, reason, learners, now());
        return publish(actor, c, "CANCEL", "Hủy lớp: " + c.getTitle() + ". Lý do: " + c.getCancelReason());
    }

    @Transactional
    public ClassDetail changeCapacity(Actor actor, Long id, Integer headcount) {
        TrainingClass c = lockedForAct(actor, id);
        if (headcount == null) {
            policy.changeCapacity(actor, c).orThrowUnlessWrongState();
            throw InvalidInputException.of("headcount", "Cần nhập số học viên.");
        }
        int before = c.getHeadcount();
        c.changeCapacity(policy, actor, headcount, enrolments.countByClassIdAndStatus(id, EnrolmentStatus.ENROLLED));
        return publish(actor, c, "CAPACITY", "Đổi số học viên của lớp " + c.getTitle() + " từ " + before + " thành "
                + headcount);
    }

    // ---- sessions and lecturers ----

    @Transactional
    public ClassDetail.SessionView addSession(Actor actor, Long id, SessionData data) {
        TrainingClass c = lockedForAct(actor, id);
        policy.editSchedule(actor, c).orThrowUnlessWrongState();
        data.validate(c.getStartDate(), c.getEndDate());
        checkLecturer(c, data.lecturerId());
        policy.editSchedule(actor, c).orThrow();
        refuseOverlaps(c, data);
        ClassSession s = sessions.save(new ClassSession(c.getId(), data));
        events.publishEvent(AuditEvent.of("ADD_SESSION", AUDIT_TYPE, c.getId(), "Thêm buổi học ngày "
                + PageHelpers.DATE.format(s.getSessionDate()) + " (" + s.getStartTime() + "–" + s.getEndTime()
                + "): " + s.getTopic()));
        return ClassDetail.SessionView.of(s, lecturerName(s.getLecturerId()));
    }

    @Transactional
    public ClassDetail.SessionView updateSession(Actor actor, Long id, Long sessionId, SessionData data) {
        TrainingClass c = lockedForAct(actor, id);
        ClassSession s = sessionOf(c, sessionId);
        policy.editSchedule(actor, c).orThrowUnlessWrongState();
        data.validate(c.getStartDate(), c.getEndDate());
        checkLecturer(c, data.lecturerId());
        policy.editSchedule(actor, c).orThrow();
        refuseOverlaps(c, data);
        String before = PageHelpers.DATE.format(s.getSessionDate()) + " " + s.getStartTime() + "–" + s.getEndTime();
        s.change(data);
        events.publishEvent(AuditEvent.of("UPDATE_SESSION", AUDIT_TYPE, c.getId(), "Sửa buổi học " + before + " thành "
                + PageHelpers.DATE.format(s.getSessionDate()) + " " + s.getStartTime() + "–" + s.getEndTime() + ": "
                + s.getTopic()));
        return ClassDetail.SessionView.of(s, lecturerName(s.getLecturerId()));
    }

    @Transactional
    public void removeSession(Actor actor, Long id, Long sessionId) {
        TrainingClass c = lockedForAct(actor, id);
        ClassSession s = sessionOf(c, sessionId);
        policy.editSchedule(actor, c).orThrow();
        if (sessions.countMarks(s.getId()) > 0) {
            throw new IllegalTransitionException("Buổi học đã được điểm danh, không thể xóa.");
        }
        sessions.delete(s);
        events.publishEvent(AuditEvent.of("REMOVE_SESSION", AUDIT_TYPE, c.getId(), "Xóa buổi học ngày "
                + PageHelpers.DATE.format(s.getSessionDate()) + ": " + s.getTopic()));
    }

    public List<ClassSession> sessionsOf(Long classId) {
        return sessions.findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(classId);
    }

    private ClassSession sessionOf(TrainingClass c, Long sessionId) {
        return sessions.findById(sessionId).filter(s -> s.getClassId().equals(c.getId()))
                .orElseThrow(() -> new NotFoundException("buổi học"));
    }

    private void checkLecturer(TrainingClass c, Long lecturerId) {
        if (lecturerId != null && lecturers.findById(lecturerId).filter(l -> l.getClassId().equals(c.getId())).isEmpty()) {
            throw InvalidInputException.of("lecturerId", "Giảng viên không thuộc lớp này.");
        }
    }

    /** A session may not put an enrolled learner in two classes at once (409 naming both). */
    private void refuseOverlaps(TrainingClass c, SessionData data) {
        List<Object[]> clashes = sessions.overlappingSession(c.getId(), data.date(), data.startTime(), data.endTime());
        if (!clashes.isEmpty()) {
            Map<Long, String> names = staff.cards(clashes.stream().map(r -> (Long) r[0]).distinct().toList()).stream()
                    .collect(Collectors.toMap(StaffCard::id, StaffCard::fullName));
            throw new IllegalTransitionException(clashes.stream().map(r -> names.get((Long) r[0])
                    + " đang học lớp «" + r[2] + "» cùng thời gian").distinct().collect(Collectors.joining("; "))
                    + ": buổi học này trùng giờ với lớp «" + c.getTitle() + "».");
        }
    }

    private String lecturerName(Long lecturerId) {
        return lecturerId == null ? null : lecturers.findById(lecturerId).map(ClassLecturer::getFullName).orElse(null);
    }

    /** A lecturer as the Office enters one: a staff member (staffId), or an outside person (fullName, title, rank). */
    public record LecturerData(Long staffId, String fullName, String title, String rank, String organisation) {
    }

    @Transactional
    public ClassDetail.LecturerView addLecturer(Actor actor, Long id, LecturerData d) {
        TrainingClass c = lockedForAct(actor, id);
        policy.editSchedule(actor, c).orThrowUnlessWrongState();
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        String fullName = d.fullName() == null ? null : d.fullName().strip();
        if (d.staffId() != null) {
            StaffCard p = staff.cards(List.of(d.staffId())).stream().findFirst()
                    .filter(s -> s.agencyId().equals(c.getAgencyId())).orElseThrow(() -> new NotFoundException("cán bộ"));
            fullName = p.fullName();
        } else if (fullName == null || fullName.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("fullName", "Cần nhập họ và tên giảng viên."));
        } else if (fullName.length() > 150) {
            errors.add(new InvalidInputException.FieldError("fullName", "Họ và tên dài quá 150 ký tự."));
        }
        LecturerRank rank = null;
        if (d.rank() == null || d.rank().isBlank()) {
            errors.add(new InvalidInputException.FieldError("rank", "Cần chọn nhóm giảng viên (mức thù lao)."));
        } else {
            try {
                rank = LecturerRank.valueOf(d.rank().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("rank", "Nhóm giảng viên không hợp lệ."));
            }
        }
        String title = d.title() == null || d.title().isBlank() ? null : d.title().strip();
        String organisation = d.organisation() == null || d.organisation().isBlank() ? null : d.organisation().strip();
        if (title != null && title.length() > 150) {
            errors.add(new InvalidInputException.FieldError("title", "Chức danh, học hàm, học vị dài quá 150 ký tự."));
        }
        if (organisation != null && organisation.length() > 300) {
            errors.add(new InvalidInputException.FieldError("organisation", "Cơ quan công tác dài quá 300 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Giảng viên chưa hợp lệ.", errors);
        }
        policy.editSchedule(actor, c).orThrow();
        ClassLecturer l = lecturers.save(new ClassLecturer(c.getId(), d.staffId(), fullName, title, rank, organisation));
        events.publishEvent(AuditEvent.of("ADD_LECTURER", AUDIT_TYPE, c.getId(), "Thêm giảng viên " + fullName
                + " (" + rank.label() + ") cho lớp " + c.getTitle()));
        return ClassDetail.LecturerView.of(l);
    }

    public List<ClassLecturer> lecturersOf(Long classId) {
        return lecturers.findByClassIdOrderByIdAsc(classId);
    }

    /** The classes with these ids (for other parts of B5 that list a person's classes). */
    public Map<Long, TrainingClass> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : classes.findByIdIn(ids).stream().collect(Collectors.toMap(TrainingClass::getId, Function.identity()));
    }

    public List<TrainingClass> ofPlan(Long planId) {
        return classes.findByPlanIdOrderByStartDateAscIdAsc(planId);
    }

    /**
     * The figures of a plan's classes (B6's supervision reads them): aggregate queries, no check here;
     * the caller has checked that the actor may read the plan's supervision.
     */
    public PlanFigures figuresOf(Long planId) {
        return figures.of(planId);
    }

    private ClassDetail publish(Actor actor, TrainingClass c, String action, String detail) {
        classes.flush();
        events.publishEvent(AuditEvent.of(action, AUDIT_TYPE, c.getId(), detail));
        c.takeEvents().forEach(events::publishEvent);
        return detail(actor, c);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
