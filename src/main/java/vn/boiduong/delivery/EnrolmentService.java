package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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
import vn.boiduong.delivery.internal.CertificateRepository;
import vn.boiduong.delivery.internal.EnrolmentRepository;
import vn.boiduong.delivery.internal.ClassSessionRepository;
import vn.boiduong.needs.ConsolidatedNeeds;
import vn.boiduong.needs.NeedView;
import vn.boiduong.organization.StaffCard;
import vn.boiduong.organization.StaffService;

/**
 * Who learns in a class: a unit head nominates people of the own unit, the Office confirms or
 * refuses, or enrols people directly. The class is locked while an enrolment is decided, so the
 * capacity and overlap rules hold when two people act at once (of two enrolments into the last seat
 * exactly one wins).
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

    static final int MAX_PEOPLE_PER_ACT = 500;

    private final ClassService classes;
    private final EnrolmentRepository enrolments;
    private final ClassSessionRepository sessions;
    private final StaffService staff;
    private final ConsolidatedNeeds needs;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AttendanceService attendance;
    private final CertificateRepository certificates;

    EnrolmentService(ClassService classes, EnrolmentRepository enrolments, ClassSessionRepository sessions,
            StaffService staff, ConsolidatedNeeds needs, ClassPolicy policy, ApplicationEventPublisher events,
            Clock clock, AttendanceService attendance, CertificateRepository certificates) {
        this.attendance = attendance;
        this.certificates = certificates;
        this.classes = classes;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.staff = staff;
        this.needs = needs;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    /** The class's people; a unit head sees the own unit's only. */
    public List<EnrolmentView> enrolments(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        List<Enrolment> all = enrolments.findByClassIdOrderByIdAsc(c.getId()).stream()
                .filter(e -> policy.seesEveryUnit(actor) || e.getUnitId().equals(actor.unitId())).toList();
        Map<Long, StaffCard> people = cardsById(all.stream().map(Enrolment::getStaffId).toList());
        Map<Long, Integer> nameOrder = new java.util.HashMap<>();
        people.keySet().forEach(id -> nameOrder.put(id, nameOrder.size()));
        // the results part of B5 completes the views: the attended share and the certificate's number
        Map<Long, Double> shares = attendance.shares(c);
        Map<Long, String> numbers = certificates.findByClassIdOrderByIdAsc(c.getId()).stream()
                .collect(Collectors.toMap(Certificate::getStaffId, Certificate::getNumber, (a, b) -> a));
        return all.stream()
                .sorted(java.util.Comparator.comparing((Enrolment e) -> e.getStatus().ordinal())
                        .thenComparing(e -> nameOrder.getOrDefault(e.getStaffId(), Integer.MAX_VALUE)))
                .map(e -> {
                    StaffCard p = people.get(e.getStaffId());
                    return EnrolmentView.of(e, p == null ? "" : p.fullName(), p == null ? null : p.unitName(),
                            shares.get(e.getStaffId()), numbers.get(e.getStaffId()));
                }).toList();
    }

    /** One person's enrolment views are made here and completed by the other parts of B5 (attendance, certificates). */
    private EnrolmentView view(Enrolment e, StaffCard p) {
        return EnrolmentView.of(e, p == null ? "" : p.fullName(), p == null ? null : p.unitName(), null, null);
    }

    /** A person the unit head may nominate; those named in the needs the class serves come first. */
    public record Candidate(Long staffId, String fullName, boolean namedInNeed) {
    }

    /** The own unit's active people not yet in the class, those named in the class's needs first. */
    public List<Candidate> candidates(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        policy.nominate(actor, c).orThrow();
        Set<Long> inClass = enrolments.findByClassIdOrderByIdAsc(c.getId()).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.REFUSED).map(Enrolment::getStaffId)
                .collect(Collectors.toSet());
        Set<Long> named = namedInNeeds(c);
        List<Candidate> offered = new ArrayList<>();
        for (StaffCard p : staff.activeCardsOfUnit(actor.unitId())) {
            if (!inClass.contains(p.id())) {
                offered.add(new Candidate(p.id(), p.fullName(), named.contains(p.id())));
            }
        }
        offered.sort(java.util.Comparator.comparing((Candidate k) -> !k.namedInNeed()));
        return offered;
    }

    /** The people named in the needs the class serves (B1/B2: whom the unit asked training for). */
    public Set<Long> namedInNeeds(TrainingClass c) {
        if (c.getNeedIds().isEmpty()) {
            return Set.of();
        }
        return needs.byIds(c.getAgencyId(), c.getNeedIds()).stream().map(NeedView::staffIds)
                .flatMap(Collection::stream).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ---- acts ----

    /** A unit head proposes people of the own unit (409 for one already in the class or in a class at the same time). */
    @Transactional
    public List<EnrolmentView> nominate(Actor actor, Long classId, List<Long> staffIds) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        policy.nominate(actor, c).orThrowUnlessWrongState();
        List<StaffCard> people = people(staffIds);
        for (StaffCard p : people) {
            policy.nominatePerson(actor, p.agencyId(), p.unitId(), p.active(), p.fullName()).orThrow();
        }
        policy.nominate(actor, c).orThrow();
        Map<Long, Enrolment> existing = existing(c, people);
        for (StaffCard p : people) {
            Enrolment e = existing.get(p.id());
            if (e != null && e.getStatus() != EnrolmentStatus.REFUSED) {
                throw new IllegalTransitionException(p.fullName() + " đã có tên trong lớp ("
                        + e.getStatus().label().toLowerCase() + ").");
            }
        }
        refuseOverlaps(c, people);
        LocalDateTime now = now();
        List<Enrolment> saved = new ArrayList<>();
        for (StaffCard p : people) {
            Enrolment e = existing.get(p.id());
            if (e == null) {
                e = Enrolment.nominate(policy, actor, c, p.unitId(), p.id(), now);
            } else {
                e.renominate(policy, actor, c, now);
            }
            saved.add(enrolments.save(e));
        }
        enrolments.flush();
        events.publishEvent(AuditEvent.of("NOMINATE", ClassService.AUDIT_TYPE, c.getId(), "Đề cử " + names(people)
                + " học lớp " + c.getTitle()));
        events.publishEvent(new ClassEvents.LearnersNominated(c.getId(), c.getAgencyId(), actor.unitId(), c.getTitle(),
                people.stream().map(StaffCard::id).toList(), actor.username()));
        return views(saved, people);
    }

    /**
     * The Office enrols people: confirms their nominations or enrols them directly. Refused (nothing
     * saved): another agency's person (404), an inactive one, one already enrolled, more people than
     * seats left (409: the Office chief may raise the capacity), one in another class at the same time
     * (409 naming both).
     */
    @Transactional
    public List<EnrolmentView> enrol(Actor actor, Long classId, List<Long> staffIds) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        policy.enrol(actor, c).orThrowUnlessWrongState();
        List<StaffCard> people = people(staffIds);
        for (StaffCard p : people) {
            policy.enrolPerson(c, p.agencyId(), p.active(), p.fullName()).orThrow();
        }
        policy.enrol(actor, c).orThrow();
        Map<Long, Enrolment> existing = existing(c, people);
        for (StaffCard p : people) {
            Enrolment e = existing.get(p.id());
            if (e != null && e.getStatus() == EnrolmentStatus.ENROLLED) {
                throw new IllegalTransitionException(p.fullName() + " đã được ghi danh vào lớp.");
            }
        }
        long enrolled = enrolments.countByClassIdAndStatus(c.getId(), EnrolmentStatus.ENROLLED);
        if (enrolled + people.size() > c.getHeadcount()) {
            long left = Math.max(0, c.getHeadcount() - enrolled);
            throw new IllegalTransitionException("Lớp có " + c.getHeadcount() + " chỗ, đã ghi danh " + enrolled
                    + " người, chỉ còn " + left + " chỗ: không thể ghi danh thêm " + people.size()
                    + " người. Chánh Văn phòng có thể tăng số học viên của lớp.");
        }
        refuseOverlaps(c, people);
        LocalDateTime now = now();
        List<Enrolment> saved = new ArrayList<>();
        for (StaffCard p : people) {
            Enrolment e = existing.get(p.id());
            if (e == null) {
                e = Enrolment.enrolDirectly(policy, actor, c, p.unitId(), p.id(), now);
            } else {
                e.confirm(policy, actor, c, now);
            }
            saved.add(enrolments.save(e));
        }
        enrolments.flush();
        events.publishEvent(AuditEvent.of("ENROL", ClassService.AUDIT_TYPE, c.getId(), "Ghi danh " + names(people)
                + " vào lớp " + c.getTitle()));
        events.publishEvent(new ClassEvents.LearnersEnrolled(c.getId(), c.getAgencyId(), c.getTitle(),
                people.stream().map(StaffCard::id).toList(), actor.username()));
        return views(saved, people);
    }

    /** The Office refuses a nomination with a reason. */
    @Transactional
    public EnrolmentView refuse(Actor actor, Long classId, Long staffId, String reason) {
        TrainingClass c = classes.lockedForAct(actor, classId);
        policy.enrol(actor, c).orThrowUnlessWrongState();
        Enrolment e = enrolments.findByClassIdAndStaffId(c.getId(), staffId)
                .orElseThrow(() -> new NotFoundException("đề cử"));
        e.refuse(policy, actor, c, reason, now());
        enrolments.flush();
        StaffCard p = cardsById(List.of(staffId)).get(staffId);
        String name = p == null ? "" : p.fullName();
        events.publishEvent(AuditEvent.of("REFUSE_NOMINATION", ClassService.AUDIT_TYPE, c.getId(), "Không chấp nhận "
                + name + " học lớp " + c.getTitle() + ". Lý do: " + e.getRefusalReason()));
        events.publishEvent(new ClassEvents.NominationRefused(c.getId(), c.getAgencyId(), e.getUnitId(), c.getTitle(),
                staffId, e.getRefusalReason(), actor.username()));
        return view(e, p);
    }

    // ---- helpers ----

    /** The people of an act: at least one, no more than {@value #MAX_PEOPLE_PER_ACT}, each existing (else 404). */
    private List<StaffCard> people(List<Long> staffIds) {
        if (staffIds == null || staffIds.isEmpty()) {
            throw InvalidInputException.of("staffIds", "Cần chọn ít nhất một người.");
        }
        if (staffIds.size() > MAX_PEOPLE_PER_ACT) {
            throw InvalidInputException.of("staffIds", "Mỗi lần chọn tối đa " + MAX_PEOPLE_PER_ACT + " người.");
        }
        if (staffIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("staffIds", "Danh sách người có mục trống.");
        }
        Set<Long> ids = new LinkedHashSet<>(staffIds);
        List<StaffCard> found = staff.cards(ids);
        if (found.size() != ids.size()) {
            throw new NotFoundException(ClassPolicy.PERSON);
        }
        return found;
    }

    private Map<Long, Enrolment> existing(TrainingClass c, List<StaffCard> people) {
        return enrolments.findByClassIdAndStaffIdIn(c.getId(), people.stream().map(StaffCard::id).toList()).stream()
                .collect(Collectors.toMap(Enrolment::getStaffId, Function.identity()));
    }

    /** 409 naming each person and the other class whose sessions share a moment with this one's. */
    private void refuseOverlaps(TrainingClass c, List<StaffCard> people) {
        List<Object[]> clashes = sessions.overlapping(c.getId(), people.stream().map(StaffCard::id).toList());
        if (clashes.isEmpty()) {
            return;
        }
        Map<Long, String> names = people.stream().collect(Collectors.toMap(StaffCard::id, StaffCard::fullName));
        throw new IllegalTransitionException(clashes.stream()
                .map(r -> names.get((Long) r[0]) + " đang học lớp «" + r[2] + "» có buổi trùng giờ với lớp «"
                        + c.getTitle() + "»")
                .distinct().collect(Collectors.joining("; ")) + ".");
    }

    private Map<Long, StaffCard> cardsById(Collection<Long> ids) {
        return staff.cards(ids).stream().collect(Collectors.toMap(StaffCard::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private List<EnrolmentView> views(List<Enrolment> saved, List<StaffCard> people) {
        Map<Long, StaffCard> byId = people.stream().collect(Collectors.toMap(StaffCard::id, Function.identity()));
        return saved.stream().map(e -> view(e, byId.get(e.getStaffId()))).toList();
    }

    private static String names(List<StaffCard> people) {
        return people.stream().map(StaffCard::fullName).collect(Collectors.joining(", "));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
