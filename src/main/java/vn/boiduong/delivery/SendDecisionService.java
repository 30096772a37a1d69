package vn.boiduong.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.internal.BudgetStore;
import vn.boiduong.delivery.internal.EnrolmentRepository;
import vn.boiduong.documents.DocumentKind;
import vn.boiduong.documents.DocumentNumber;
import vn.boiduong.organization.Agency;
import vn.boiduong.organization.StaffCard;
import vn.boiduong.organization.StaffService;
import vn.boiduong.organization.UnitService;

/**
 * The decision sending people to an external course (Quyết định cử đi học): the Office chief records
 * its number (unique per agency and year of its date) and date; the document lists the people enrolled.
 */
@Service
@Transactional(readOnly = true)
public class SendDecisionService {

    private final BudgetStore store;
    private final ClassService classes;
    private final EnrolmentRepository enrolments;
    private final StaffService staff;
    private final UnitService units;
    private final InstitutionService institutions;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SendDecisionService(BudgetStore store, ClassService classes, EnrolmentRepository enrolments, StaffService staff,
            UnitService units, InstitutionService institutions, ClassPolicy policy, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.classes = classes;
        this.enrolments = enrolments;
        this.staff = staff;
        this.units = units;
        this.institutions = institutions;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public record DecisionView(Long classId, String number, LocalDate date) {
    }

    public Optional<DecisionView> of(Long classId) {
        return store.sendDecision(classId).map(d -> new DecisionView(d.classId(), d.numberText(), d.decidedOn()));
    }

    @Transactional
    public DecisionView record(Actor actor, Long classId, String number, LocalDate date) {
        TrainingClass c = classes.readable(actor, classId);
        policy.recordSendDecision(actor, c).orThrowUnlessWrongState();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Integer seq = BudgetService.sequenceOf(number);
        if (seq == null) {
            errors.add(new InvalidInputException.FieldError("number",
                    "Số quyết định phải bắt đầu bằng một số từ 1 đến 999999 (ví dụ 12 hoặc 12/QĐ-VP)."));
        }
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("date", "Cần nhập ngày quyết định."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Quyết định cử đi học chưa hợp lệ.", errors);
        }
        policy.recordSendDecision(actor, c).orThrow();
        Agency agency = units.agency(c.getAgencyId());
        DocumentNumber n = DocumentNumber.of(seq, date.getYear(), DocumentKind.DECISION, agency.getCode());
        if (store.sendDecisionNumberTaken(c.getAgencyId(), date.getYear(), seq, classId)) {
            throw new IllegalTransitionException("Số quyết định " + n.text() + " đã được dùng trong năm " + date.getYear()
                    + ".");
        }
        try {
            store.saveSendDecision(new BudgetStore.SendDecision(classId, c.getAgencyId(), n.text(), seq, date.getYear(),
                    date, actor.username(), LocalDateTime.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new IllegalTransitionException("Số quyết định " + n.text() + " đã được dùng trong năm " + date.getYear()
                    + ".");
        }
        events.publishEvent(AuditEvent.of("SEND_DECISION", ClassService.AUDIT_TYPE, classId, "Quyết định cử đi học số "
                + n.text() + " ngày " + PageHelpers.DATE.format(date) + ": " + c.getTitle()));
        return new DecisionView(classId, n.text(), date);
    }

    /** A person the decision sends. */
    public record Sent(String fullName, String unitName) {
    }

    /** What the decision's document needs. */
    public record DecisionData(TrainingClass trainingClass, Agency agency, Integer sequence, LocalDate date,
            String institutionName, String institutionAddress, List<Sent> people) {
    }

    /** The decision's content for whoever reads the class; a draft (no number) until the chief records one. */
    public DecisionData data(Actor actor, Long classId) {
        TrainingClass c = classes.readable(actor, classId);
        if (c.isHosted()) {
            throw new NotFoundException("quyết định cử đi học");
        }
        Optional<BudgetStore.SendDecision> d = store.sendDecision(classId);
        List<Long> ids = enrolments.findByClassIdOrderByIdAsc(classId).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED).map(Enrolment::getStaffId).toList();
        Map<Long, StaffCard> cards = staff.cards(ids).stream().collect(Collectors.toMap(StaffCard::id, Function.identity()));
        List<Sent> people = ids.stream().map(cards::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(StaffCard::unitName).thenComparing(StaffCard::fullName))
                .map(s -> new Sent(s.fullName(), s.unitName())).toList();
        var inst = institutions.ofClass(classId);
        return new DecisionData(c, units.agency(c.getAgencyId()), d.map(BudgetStore.SendDecision::numberSeq).orElse(null),
                d.map(BudgetStore.SendDecision::decidedOn).orElse(null),
                inst.map(InstitutionService.InstitutionView::name).orElse(c.getInstitution()),
                inst.map(InstitutionService.InstitutionView::address).orElse(null), people);
    }
}
