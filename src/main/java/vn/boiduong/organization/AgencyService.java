package vn.boiduong.organization;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InputValidator;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.organization.internal.AgencyRepository;
import vn.boiduong.organization.internal.StaffDirectory;
import vn.boiduong.organization.internal.UnitRepository;

/** The administrator's settings of an agency and its units. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;

    private final StaffDirectory directory;

    AgencyService(AgencyRepository agencies, UnitRepository units, InputValidator validator,
            ApplicationEventPublisher events, StaffDirectory directory) {
        this.directory = directory;
        this.agencies = agencies;
        this.units = units;
        this.validator = validator;
        this.events = events;
    }

    public Agency agencyOf(Actor actor) {
        actor.require(Role.ADMIN);
        if (actor.agencyId() == null) {
            throw new NotFoundException("cơ quan");
        }
        return agencies.findById(actor.agencyId()).orElseThrow(() -> new NotFoundException("cơ quan"));
    }

    /** Whether the administrator has an agency to manage yet (none on a new installation). */
    public boolean hasAgency(Actor actor) {
        actor.require(Role.ADMIN);
        return actor.agencyId() != null && agencies.existsById(actor.agencyId());
    }

    /**
     * A new agency with its short code (the symbol after the dash in document numbers, SNV) and
     * the names its documents print. The code is checked here; the names by AgencySettings.
     */
    @Transactional
    public Agency createAgency(Actor actor, String code, AgencySettings s) {
        requireInstallationAdministrator(actor);
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        java.util.List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (!c.matches("[A-Z0-9]{2,20}")) {
            errors.add(new InvalidInputException.FieldError("code",
                    "Mã cơ quan gồm 2–20 chữ cái không dấu hoặc chữ số (ví dụ: SNV)."));
        } else if (agencies.findByCode(c).isPresent()) {
            errors.add(new InvalidInputException.FieldError("code", "Mã cơ quan '" + c + "' đã có."));
        }
        try {
            validator.check(s);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors()); // every field's message at once, the code's with the names'
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0).message(), errors);
        }
        Agency a = new Agency(c, s.name().trim(), s.parentName().trim(), s.placeName().trim());
        a.changeSettings(s.name().trim(), s.parentName().trim(), s.placeName().trim(), s.signerTitle().trim(),
                blank(s.signerName()), blank(s.recipients()));
        a = agencies.save(a);
        events.publishEvent(AuditEvent.inAgency(a.getId(), "CREATE", "agency", a.getId(), "Tạo cơ quan " + c + " — "
                + a.getName()));
        events.publishEvent(new AgencyCreated(a.getId(), c, actor.username()));
        return a;
    }

    /** Agencies are the installation's: only its administrator (no agency of its own) creates and lists them. */
    public static void requireInstallationAdministrator(Actor actor) {
        if (!actor.isInstallationAdministrator()) {
            throw new vn.boiduong.common.ForbiddenException();
        }
    }

    /** Every agency of the installation, by code: the installation administrator's list. */
    public java.util.List<Agency> agencies(Actor actor) {
        requireInstallationAdministrator(actor);
        return agencies.findAll().stream().sorted(java.util.Comparator.comparing(Agency::getCode)).toList();
    }

    public AgencySettings settings(Actor actor) {
        return AgencySettings.of(agencyOf(actor));
    }

    @Transactional
    public void changeSettings(Actor actor, AgencySettings s) {
        Agency a = agencyOf(actor);
        validator.check(s);
        a.changeSettings(s.name().trim(), s.parentName().trim(), s.placeName().trim(), s.signerTitle().trim(),
                blank(s.signerName()), blank(s.recipients()));
        events.publishEvent(AuditEvent.of("UPDATE", "agency", a.getId(), "Sửa thông tin cơ quan: " + s.name() + " / "
                + s.parentName() + " / " + s.placeName()));
    }

    @Transactional
    public Unit addUnit(Actor actor, String code, String name, boolean office) {
        Agency a = agencyOf(actor);
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9._-]{1,30}")) {
            throw InvalidInputException.of("code", "Mã đơn vị gồm 1–30 ký tự chữ không dấu, số, . _ -.");
        }
        if (name == null || name.isBlank() || name.length() > 255) {
            throw InvalidInputException.of("name", "Tên đơn vị là bắt buộc, tối đa 255 ký tự.");
        }
        boolean taken = units.findByAgencyIdOrderByOfficeDescNameAsc(a.getId()).stream()
                .anyMatch(u -> u.getCode().equals(c));
        if (taken) {
            throw InvalidInputException.of("code", "Mã đơn vị '" + c + "' đã tồn tại.");
        }
        Unit u = units.save(new Unit(a.getId(), c, name.trim(), office));
        directory.changed(a.getId()); // the search's copy holds the unit names too
        events.publishEvent(AuditEvent.of("CREATE", "agency", a.getId(), "Thêm đơn vị " + c + " — " + name.trim()
                + (office ? " (Văn phòng)" : "")));
        return u;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
