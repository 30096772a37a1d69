package vn.boiduong.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.Role;
import vn.boiduong.needs.internal.NeedCollectionRepository;
import vn.boiduong.needs.internal.NeedRepository;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * The Office's call for the year's needs and its due date: who has sent something, who is late,
 * and the reminder a unit head sees while their unit has sent nothing.
 */
@Service
@Transactional(readOnly = true)
public class NeedCollections {

    /** How a unit stands against the year's collection. */
    public enum UnitState {
        SENT_IN_TIME("Đã gửi đúng hạn"),
        SENT_LATE("Gửi muộn"),
        WAITING("Chưa gửi"),
        LATE("Quá hạn, chưa gửi");

        private final String label;

        UnitState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record CollectionView(Long id, int year, LocalDate dueDate, boolean open, String openedBy,
            LocalDateTime openedAt) {
        static CollectionView of(NeedCollection c, LocalDate today) {
            return new CollectionView(c.getId(), c.getYear(), c.getDueDate(), c.isOpen(today), c.getOpenedBy(),
                    c.getOpenedAt());
        }
    }

    public record UnitStatus(Long unitId, String unitName, long sent, LocalDateTime firstSentAt, UnitState state,
            String stateLabel) {
        public boolean late() {
            return state == UnitState.LATE || state == UnitState.SENT_LATE;
        }
    }

    public record Progress(CollectionView collection, List<UnitStatus> units, long lateCount) {
    }

    /** What a unit head is reminded of: a collection their unit has sent nothing to. */
    public record Reminder(int year, LocalDate dueDate, boolean overdue) {
    }

    public record Opened(CollectionView collection, boolean created) {
    }

    private final NeedCollectionRepository collections;
    private final NeedRepository needs;
    private final UnitService units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NeedPolicy policy;

    NeedCollections(NeedCollectionRepository collections, NeedRepository needs, UnitService units,
            ApplicationEventPublisher events, Clock clock, NeedPolicy policy) {
        this.policy = policy;
        this.collections = collections;
        this.needs = needs;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens the year's collection, or moves its due date if it is already open. */
    @Transactional
    public Opened open(Actor actor, Integer year, LocalDate dueDate) {
        return open(actor, year, dueDate, LocalDateTime.now(clock), true);
    }

    @Transactional
    Opened open(Actor actor, Integer year, LocalDate dueDate, LocalDateTime at, boolean dueDateMustBeAhead) {
        policy.openCollection(actor).orThrow();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new InvalidInputException.FieldError("year", "Năm phải từ 2000 đến 2100."));
        }
        if (dueDate == null) {
            errors.add(new InvalidInputException.FieldError("dueDate", "Hạn gửi nhu cầu là bắt buộc (dd/MM/yyyy)."));
        } else if (dueDateMustBeAhead && dueDate.isBefore(at.toLocalDate())) {
            errors.add(new InvalidInputException.FieldError("dueDate", "Hạn gửi không được trước ngày hôm nay."));
        } else {
            vn.boiduong.common.Days.checkSensible(errors, "dueDate", dueDate);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Dữ liệu không hợp lệ.", errors);
        }
        Optional<NeedCollection> existing = collections.findByAgencyIdAndYear(actor.agencyId(), year);
        NeedCollection c;
        if (existing.isPresent()) {
            c = existing.get();
            LocalDate before = c.getDueDate();
            c.moveDueDate(dueDate);
            collections.flush();
            events.publishEvent(AuditEvent.of("MOVE_DUE_DATE", "need", "collection-" + year,
                    "Đổi hạn gửi nhu cầu năm " + year + ": " + before + " → " + dueDate));
        } else {
            c = collections.saveAndFlush(new NeedCollection(actor.agencyId(), year, dueDate, actor.username(), at));
            events.publishEvent(AuditEvent.of("OPEN_COLLECTION", "need", "collection-" + year,
                    "Mở thu thập nhu cầu năm " + year + ", hạn gửi " + dueDate));
        }
        events.publishEvent(new NeedCollectionOpened(actor.agencyId(), year, dueDate, existing.isPresent(),
                actor.username(), at));
        return new Opened(CollectionView.of(c, at.toLocalDate()), existing.isEmpty());
    }

    public Optional<CollectionView> find(Actor actor, int year) {
        policy.read(actor).orThrow();
        return collections.findByAgencyIdAndYear(actor.agencyId(), year).map(c -> CollectionView.of(c, today()));
    }

    public List<CollectionView> all(Actor actor) {
        policy.read(actor).orThrow();
        LocalDate today = today();
        return collections.findByAgencyIdOrderByYearDesc(actor.agencyId()).stream()
                .map(c -> CollectionView.of(c, today)).toList();
    }

    /**
     * Where the year's collection stands when the plan built on it is submitted or decided: still
     * open or not, and the units not heard from. The plan's page asks it for the Office chief and the
     * Director, having checked their right to the plan (the decision stays theirs; this only warns).
     */
    public record Standing(int year, LocalDate dueDate, boolean open, List<String> unitsNotHeardFrom, int units) {
        public boolean worthAWarning() {
            return open || !unitsNotHeardFrom.isEmpty();
        }
    }

    /** The year's collection against the agency's active units; empty when none was opened. */
    public Optional<Standing> standing(Long agencyId, int year) {
        Optional<NeedCollection> found = collections.findByAgencyIdAndYear(agencyId, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NeedCollection c = found.get();
        java.util.Set<Long> sent = new java.util.HashSet<>();
        needs.submissions(agencyId, year).forEach(s -> sent.add(s.getUnitId()));
        List<Unit> active = units.activeUnitsOf(agencyId);
        List<String> silent = active.stream().filter(u -> !sent.contains(u.getId())).map(Unit::getName).toList();
        return Optional.of(new Standing(year, c.getDueDate(), c.isOpen(today()), silent, active.size()));
    }

    /** Every unit of the agency against the year's collection; empty when none was opened. */
    public Optional<Progress> progress(Actor actor, int year) {
        policy.followCollection(actor).orThrow();
        Optional<NeedCollection> found = collections.findByAgencyIdAndYear(actor.agencyId(), year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NeedCollection c = found.get();
        LocalDate today = today();
        Map<Long, NeedRepository.UnitSubmission> sent = new HashMap<>();
        needs.submissions(actor.agencyId(), year).forEach(s -> sent.put(s.getUnitId(), s));
        List<UnitStatus> rows = new ArrayList<>();
        for (Unit u : units.unitsOf(actor)) {
            if (!u.isActive()) {
                continue;
            }
            NeedRepository.UnitSubmission s = sent.get(u.getId());
            UnitState state;
            if (s != null) {
                state = c.inTime(s.getFirstSentAt()) ? UnitState.SENT_IN_TIME : UnitState.SENT_LATE;
            } else {
                state = c.isOpen(today) ? UnitState.WAITING : UnitState.LATE;
            }
            rows.add(new UnitStatus(u.getId(), u.getName(), s == null ? 0 : s.getSent(),
                    s == null ? null : s.getFirstSentAt(), state, state.label()));
        }
        long late = rows.stream().filter(r -> r.state() == UnitState.LATE).count();
        return Optional.of(new Progress(CollectionView.of(c, today), rows, late));
    }

    /**
     * For a unit head: this year's and later collections to which their unit has sent nothing;
     * overdue once the due date has passed.
     */
    public List<Reminder> reminders(Actor actor) {
        if (actor.agencyId() == null || actor.unitId() == null || !actor.hasAny(Role.UNIT_HEAD)) {
            return List.of();
        }
        LocalDate today = today();
        return collections.findByAgencyIdAndYearGreaterThanEqualOrderByYearAsc(actor.agencyId(), today.getYear())
                .stream()
                .filter(c -> !needs.existsByAgencyIdAndYearAndUnitIdAndFirstSubmittedAtIsNotNull(actor.agencyId(),
                        c.getYear(), actor.unitId()))
                .map(c -> new Reminder(c.getYear(), c.getDueDate(), !c.isOpen(today))).toList();
    }
}
