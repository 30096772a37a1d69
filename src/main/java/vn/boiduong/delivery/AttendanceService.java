package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.internal.AttendanceRepository;
import vn.boiduong.delivery.internal.EnrolmentRepository;
import vn.boiduong.delivery.internal.RuleTables;
import vn.boiduong.delivery.internal.ClassSessionRepository;
import vn.boiduong.organization.StaffCard;
import vn.boiduong.organization.StaffService;

/**
 * Attendance of a hosted class (B5): one grid per class, marked a session (the API) or a learner (the
 * page) at a time by the Office while the class runs or after it finished. A mark made or changed
 * after the session's day is audited with its before and after, so a late correction is visible.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    static final int MAX_ROWS = 500;

    private final ClassService classes;
    private final ClassSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository marks;
    private final RuleTables rules;
    private final StaffService staff;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceService(ClassService classes, ClassSessionRepository sessions, EnrolmentRepository enrolments,
            AttendanceRepository marks, RuleTables rules, StaffService staff, ClassPolicy policy,
            ApplicationEventPublisher events, Clock clock) {
        this.classes = classes;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.marks = marks;
        this.rules = rules;
        this.staff = staff;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** One mark of a request: a learner and the mark. */
    public record Mark(Long staffId, Presence presence) {
    }

    // ---- reading ----

    /** The grid; a unit head sees the own unit's learners only. */
    public AttendanceGrid grid(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        List<Enrolment> learners = enrolments.findByClassIdOrderByIdAsc(c.getId()).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .filter(e -> policy.seesEveryUnit(actor) || e.getUnitId().equals(actor.unitId())).toList();
        return grid(c, learners, policy.markAttendance(actor, c).isAllowed());
    }

    /** The attended share of each enrolled learner of a class (null without sessions), for the learners' list. */
    public Map<Long, Double> shares(TrainingClass c) {
        List<ClassSession> ss = sessions.findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(c.getId());
        if (ss.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> attended = new HashMap<>();
        for (Attendance a : marks.findByClassId(c.getId())) {
            if (a.getPresence() == Presence.PRESENT) {
                attended.merge(a.getStaffId(), 1, Integer::sum);
            }
        }
        Map<Long, Double> shares = new HashMap<>();
        for (Enrolment e : enrolments.findByClassIdOrderByIdAsc(c.getId())) {
            if (e.getStatus() == EnrolmentStatus.ENROLLED) {
                shares.put(e.getStaffId(), CompletionRule.share(attended.getOrDefault(e.getStaffId(), 0), ss.size()));
            }
        }
        return shares;
    }

    AttendanceGrid grid(TrainingClass c, List<Enrolment> learners, boolean editable) {
        LocalDate today = LocalDate.now(clock);
        List<ClassSession> ss = sessions.findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(c.getId());
        Map<Long, ClassSession> byId = ss.stream().collect(Collectors.toMap(ClassSession::getId, Function.identity()));
        Map<Long, Map<Long, Presence>> byLearner = new HashMap<>();
        if (!ss.isEmpty()) {
            for (Attendance a : marks.findBySessionIdIn(byId.keySet())) {
                byLearner.computeIfAbsent(a.getStaffId(), k -> new HashMap<>()).put(a.getSessionId(), a.getPresence());
            }
        }
        CompletionRule rule = completionRule(c);
        Map<Long, StaffCard> people = staff.cards(learners.stream().map(Enrolment::getStaffId).toList()).stream()
                .collect(Collectors.toMap(StaffCard::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Integer> order = new HashMap<>();
        people.keySet().forEach(id -> order.put(id, order.size()));
        List<AttendanceGrid.LearnerRow> rows = new ArrayList<>();
        for (Enrolment e : learners.stream().sorted(java.util.Comparator.comparing(
                (Enrolment e) -> order.getOrDefault(e.getStaffId(), Integer.MAX_VALUE))).toList()) {
            Map<Long, Presence> m = byLearner.getOrDefault(e.getStaffId(), Map.of());
            int attended = 0;
            double hours = 0;
            for (Map.Entry<Long, Presence> x : m.entrySet()) {
                if (x.getValue() == Presence.PRESENT) {
                    attended++;
                    hours += byId.get(x.getKey()).hours();
                }
            }
            Double share = CompletionRule.share(attended, ss.size());
            StaffCard p = people.get(e.getStaffId());
            rows.add(new AttendanceGrid.LearnerRow(e.getStaffId(), p == null ? "" : p.fullName(),
                    p == null ? null : p.unitName(), Map.copyOf(m), attended, share,
                    share == null ? "" : CompletionRule.percent(share), round(hours), rule.met(attended, ss.size())));
        }
        List<AttendanceGrid.SessionColumn> columns = ss.stream().map(s -> new AttendanceGrid.SessionColumn(s.getId(),
                s.getSessionDate(), s.getStartTime(), s.getEndTime(), s.hours(), s.getTopic(),
                !s.getSessionDate().isAfter(today))).toList();
        return new AttendanceGrid(c.getId(), columns, rows, rule.minShare().doubleValue(), rule.percent(),
                round(ss.stream().mapToDouble(ClassSession::hours).sum()), editable);
    }

    /** The completion rule in force on the class's last day. */
    public CompletionRule completionRule(TrainingClass c) {
        return rules.completionRule(c.getEndDate() == null ? LocalDate.now(clock) : c.getEndDate());
    }

    // ---- marking ----

    /** The rights of {@link #mark} alone (403/404), asked before the body is read. */
    public void checkMayMark(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        policy.markAttendance(actor, c).orThrowUnlessWrongState();
    }

    /**
     * Marks learners for one session. Refused whole (nothing saved): no right (403), another agency's
     * class or a session of another class (404), a class not running or finished, a session whose day
     * has not come (409), an empty list, a row without a learner or a mark, a learner twice, someone not
     * enrolled in the class (400 naming the row).
     */
    @Transactional
    public AttendanceGrid mark(Actor actor, Long classId, Long sessionId, List<Mark> rows) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        ClassSession s = sessions.findById(sessionId).filter(x -> x.getClassId().equals(c.getId()))
                .orElseThrow(() -> new NotFoundException("buổi học"));
        policy.markAttendance(actor, c).orThrowUnlessWrongState();
        Map<Long, Enrolment> enrolled = enrolments.findByClassIdOrderByIdAsc(c.getId()).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .collect(Collectors.toMap(Enrolment::getStaffId, Function.identity()));
        validate(rows, enrolled.keySet());
        policy.markAttendance(actor, c).orThrow();
        LocalDate today = LocalDate.now(clock);
        if (s.getSessionDate().isAfter(today)) {
            throw new IllegalTransitionException("Buổi học ngày " + PageHelpers.DATE.format(s.getSessionDate())
                    + " chưa diễn ra, chưa điểm danh được.");
        }
        save(actor, c, s, rows, today);
        return grid(c, enrolled.values().stream().toList(), true);
    }

    /**
     * Marks one learner for several sessions (a row of the page's grid): each session must be of the
     * class and held; refused whole like {@link #mark}.
     */
    @Transactional
    public void markLearner(Actor actor, Long classId, Long staffId, Map<Long, Presence> bySession) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        policy.markAttendance(actor, c).orThrowUnlessWrongState();
        Enrolment e = enrolments.findByClassIdAndStaffId(c.getId(), staffId)
                .filter(x -> x.getStatus() == EnrolmentStatus.ENROLLED)
                .orElseThrow(() -> new NotFoundException("học viên"));
        Map<Long, ClassSession> ss = sessions.findByClassIdOrderBySessionDateAscStartTimeAscIdAsc(c.getId()).stream()
                .collect(Collectors.toMap(ClassSession::getId, Function.identity()));
        if (bySession.isEmpty()) {
            throw InvalidInputException.of("presence", "Chưa chọn điểm danh buổi nào.");
        }
        for (Long id : bySession.keySet()) {
            if (!ss.containsKey(id)) {
                throw new NotFoundException("buổi học");
            }
        }
        policy.markAttendance(actor, c).orThrow();
        LocalDate today = LocalDate.now(clock);
        for (Long id : bySession.keySet()) {
            if (ss.get(id).getSessionDate().isAfter(today)) {
                throw new IllegalTransitionException("Buổi học ngày " + PageHelpers.DATE.format(ss.get(id)
                        .getSessionDate()) + " chưa diễn ra, chưa điểm danh được.");
            }
        }
        for (Map.Entry<Long, Presence> x : bySession.entrySet()) {
            save(actor, c, ss.get(x.getKey()), List.of(new Mark(e.getStaffId(), x.getValue())), today);
        }
    }

    private void validate(List<Mark> rows, Set<Long> enrolled) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("marks", "Cần ít nhất một học viên để điểm danh.");
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("marks", "Mỗi lần điểm danh tối đa " + MAX_ROWS + " học viên.");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Mark m = rows.get(i);
            String at = "[" + i + "].";
            if (m == null || m.staffId() == null) {
                errors.add(new InvalidInputException.FieldError(at + "staffId", "Dòng " + (i + 1) + ": thiếu học viên."));
                continue;
            }
            if (m.presence() == null) {
                errors.add(new InvalidInputException.FieldError(at + "presence", "Dòng " + (i + 1)
                        + ": cần chọn có mặt, vắng có phép hoặc vắng không phép."));
            }
            if (!seen.add(m.staffId())) {
                errors.add(new InvalidInputException.FieldError(at + "staffId", "Dòng " + (i + 1)
                        + ": học viên được điểm danh hai lần."));
            } else if (!enrolled.contains(m.staffId())) {
                errors.add(new InvalidInputException.FieldError(at + "staffId", "Dòng " + (i + 1)
                        + ": người này không phải học viên đã ghi danh của lớp."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Điểm danh chưa hợp lệ, chưa lưu gì.", errors);
        }
    }

    private void save(Actor actor, TrainingClass c, ClassSession s, List<Mark> rows, LocalDate today) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, Attendance> existing = marks.findBySessionIdAndStaffIdIn(s.getId(),
                rows.stream().map(Mark::staffId).toList()).stream()
                .collect(Collectors.toMap(Attendance::getStaffId, Function.identity()));
        boolean late = today.isAfter(s.getSessionDate());
        Map<Long, String> names = late ? staff.cards(rows.stream().map(Mark::staffId).toList()).stream()
                .collect(Collectors.toMap(StaffCard::id, StaffCard::fullName)) : Map.of();
        String day = PageHelpers.DATE.format(s.getSessionDate());
        int changed = 0;
        for (Mark m : rows) {
            Attendance a = existing.get(m.staffId());
            Presence before;
            if (a == null) {
                before = null;
                marks.save(new Attendance(s.getId(), m.staffId(), m.presence(), actor.username(), now));
            } else if (a.getPresence() == m.presence()) {
                continue;
            } else {
                before = a.mark(m.presence(), actor.username(), now);
            }
            changed++;
            if (late) {
                // after the session's day every mark made or changed is a correction: who (the audit's
                // actor), when (its time), from what to what
                events.publishEvent(AuditEvent.of("ATTENDANCE_CHANGE", ClassService.AUDIT_TYPE, c.getId(),
                        "Sửa điểm danh buổi học ngày " + day + " của " + names.getOrDefault(m.staffId(), "")
                                + ": " + (before == null ? "chưa điểm danh" : before.label()) + " → "
                                + m.presence().label()));
            }
        }
        marks.flush();
        if (changed > 0 && !late) {
            events.publishEvent(AuditEvent.of("ATTENDANCE", ClassService.AUDIT_TYPE, c.getId(), "Điểm danh buổi học ngày "
                    + day + " (" + changed + " học viên)"));
        }
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
