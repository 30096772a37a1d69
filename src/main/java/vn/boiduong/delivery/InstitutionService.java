package vn.boiduong.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.delivery.internal.BudgetStore;

/**
 * The training institutions (cơ sở đào tạo) the Office keeps — name, address, contact, e-mail — and
 * the one a class is held with or sends its people to: the announcement e-mails each.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

    public static final String AUDIT_TYPE = "training-institution";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final BudgetStore store;
    private final ClassService classes;
    private final ClassPolicy policy;
    private final ApplicationEventPublisher events;

    InstitutionService(BudgetStore store, ClassService classes, ClassPolicy policy, ApplicationEventPublisher events) {
        this.store = store;
        this.classes = classes;
        this.policy = policy;
        this.events = events;
    }

    public record InstitutionData(String name, String address, String contact, String email) {
    }

    public record InstitutionView(Long id, String name, String address, String contact, String email) {
        static InstitutionView of(BudgetStore.Institution i) {
            return new InstitutionView(i.id(), i.name(), i.address(), i.contact(), i.email());
        }
    }

    /** The agency's institutions: the Office, the Director and the administrator read them (not the unit heads). */
    public List<InstitutionView> list(Actor actor) {
        policy.read(actor).orThrow();
        if (!actor.isOffice() && !actor.hasAny(vn.boiduong.common.Role.DIRECTOR, vn.boiduong.common.Role.ADMIN)) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        return actor.agencyId() == null ? List.of()
                : store.institutions(actor.agencyId()).stream().map(InstitutionView::of).toList();
    }

    @Transactional
    public InstitutionView create(Actor actor, InstitutionData d) {
        policy.manageInstitutions(actor).orThrow();
        InstitutionData v = validate(actor.agencyId(), d, null);
        Long id = store.insertInstitution(actor.agencyId(), v.name(), v.address(), v.contact(), v.email());
        events.publishEvent(AuditEvent.of("CREATE", AUDIT_TYPE, id, "Thêm cơ sở đào tạo: " + v.name()));
        return new InstitutionView(id, v.name(), v.address(), v.contact(), v.email());
    }

    @Transactional
    public InstitutionView update(Actor actor, Long id, InstitutionData d) {
        policy.manageInstitutions(actor).orThrow();
        BudgetStore.Institution i = own(actor, id);
        InstitutionData v = validate(actor.agencyId(), d, id);
        store.updateInstitution(id, v.name(), v.address(), v.contact(), v.email());
        events.publishEvent(AuditEvent.of("UPDATE", AUDIT_TYPE, id, "Sửa cơ sở đào tạo: " + i.name()
                + (i.name().equals(v.name()) ? "" : " thành " + v.name())));
        return new InstitutionView(id, v.name(), v.address(), v.contact(), v.email());
    }

    private BudgetStore.Institution own(Actor actor, Long id) {
        return store.institution(id).filter(i -> i.agencyId().equals(actor.agencyId()))
                .orElseThrow(() -> new NotFoundException("cơ sở đào tạo"));
    }

    private InstitutionData validate(Long agencyId, InstitutionData d, Long id) {
        if (d == null) {
            throw InvalidInputException.of("name", "Cần nhập tên cơ sở đào tạo.");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String name = strip(d.name());
        String address = strip(d.address());
        String contact = strip(d.contact());
        String email = strip(d.email());
        if (name == null) {
            errors.add(new InvalidInputException.FieldError("name", "Cần nhập tên cơ sở đào tạo."));
        } else if (name.length() > 300) {
            errors.add(new InvalidInputException.FieldError("name", "Tên cơ sở đào tạo dài quá 300 ký tự."));
        } else if (store.institutionNameTaken(agencyId, name, id)) {
            errors.add(new InvalidInputException.FieldError("name", "Đã có cơ sở đào tạo tên «" + name + "»."));
        }
        if (address != null && address.length() > 500) {
            errors.add(new InvalidInputException.FieldError("address", "Địa chỉ dài quá 500 ký tự."));
        }
        if (contact != null && contact.length() > 200) {
            errors.add(new InvalidInputException.FieldError("contact", "Người liên hệ dài quá 200 ký tự."));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new InvalidInputException.FieldError("email", "Địa chỉ thư điện tử không hợp lệ."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Cơ sở đào tạo chưa hợp lệ.", errors);
        }
        return new InstitutionData(name, address, contact, email);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The institution chosen for a class, if any (readers of the class see it). */
    public Optional<InstitutionView> ofClass(Long classId) {
        return store.classInstitutions(List.of(classId)).stream().findFirst()
                .flatMap(r -> store.institution((Long) r[1])).map(InstitutionView::of);
    }

    /** The Office picks a class's institution from its list (null: none). */
    @Transactional
    public Optional<InstitutionView> choose(Actor actor, Long classId, Long institutionId) {
        TrainingClass c = classes.readable(actor, classId);
        policy.chooseInstitution(actor, c).orThrowUnlessWrongState();
        BudgetStore.Institution i = null;
        if (institutionId != null) {
            i = store.institution(institutionId).filter(x -> x.agencyId().equals(c.getAgencyId()))
                    .orElseThrow(() -> InvalidInputException.of("institutionId", "Cơ sở đào tạo không có trong danh sách."));
        }
        policy.chooseInstitution(actor, c).orThrow();
        store.chooseInstitution(classId, institutionId);
        events.publishEvent(AuditEvent.of("INSTITUTION", ClassService.AUDIT_TYPE, classId, i == null
                ? "Bỏ cơ sở đào tạo của lớp " + c.getTitle() : "Chọn cơ sở đào tạo " + i.name() + " cho lớp " + c.getTitle()));
        return Optional.ofNullable(i).map(InstitutionView::of);
    }

}
