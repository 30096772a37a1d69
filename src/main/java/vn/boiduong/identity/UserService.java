package vn.boiduong.identity;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Role;
import vn.boiduong.identity.internal.PasswordPolicy;
import vn.boiduong.identity.internal.UserRepository;
import vn.boiduong.organization.UnitService;

/** The administrator's management of users; every change is audited. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final UnitService units;
    private final ApplicationEventPublisher events;
    private final vn.boiduong.organization.StaffService staff;

    UserService(UserRepository users, PasswordEncoder encoder, UnitService units, ApplicationEventPublisher events,
            vn.boiduong.organization.StaffService staff) {
        this.users = users;
        this.encoder = encoder;
        this.units = units;
        this.events = events;
        this.staff = staff;
    }

    public record UserView(Long id, String username, String fullName, String email, Set<Role> roles, Long agencyId,
            Long unitId, Long staffId, boolean enabled, boolean locked, long version) {
        static UserView of(AppUser u) {
            return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getRoles(),
                    u.getAgencyId(), u.getUnitId(), u.getStaffId(), u.isEnabled(), u.isLocked(java.time.Instant.now()),
                    u.getVersion());
        }
    }

    /** @param email optional; {@code null} or blank: no e-mail notices for this person */
    public record UserForm(String username, String fullName, Set<Role> roles, Long unitId, Long staffId,
            boolean enabled, String password, String email) {

        /** A form without an e-mail address (start-up accounts, tests). */
        public UserForm(String username, String fullName, Set<Role> roles, Long unitId, Long staffId,
                boolean enabled, String password) {
            this(username, fullName, roles, unitId, staffId, enabled, password, null);
        }
    }

    /**
     * A person to notify: the enabled accounts of an agency holding a role (unit heads optionally of
     * some units); {@code email} is null when the account has none.
     */
    public record Contact(Long userId, String username, String fullName, Long unitId, String email) {
    }

    /** RFC 5321's limit on a whole address. */
    static final int EMAIL_MAX = 254;

    public List<Contact> contacts(Long agencyId, Role role) {
        return users.findAll().stream()
                .filter(u -> u.isEnabled() && agencyId.equals(u.getAgencyId()) && u.getRoles().contains(role))
                .sorted(java.util.Comparator.comparing(AppUser::getId))
                .map(u -> new Contact(u.getId(), u.getUsername(), u.getFullName(), u.getUnitId(), u.getEmail()))
                .toList();
    }

    /**
     * The accounts an administrator manages: an agency's administrator those of the agency, the
     * installation administrator every account.
     */
    public PageResponse<UserView> list(Actor actor, String q, Pageable pageable) {
        actor.require(Role.ADMIN);
        String pattern = q == null || q.isBlank() ? null : "%" + q.toLowerCase(java.util.Locale.ROOT).trim() + "%";
        return PageResponse.of(actor.isInstallationAdministrator() ? users.search(pattern, pageable)
                : users.searchInAgency(actor.agencyId(), pattern, pageable), UserView::of);
    }

    /** The full names of each agency's enabled administrators, for the installation administrator's list. */
    public java.util.Map<Long, List<String>> administratorsByAgency(Actor actor) {
        if (!actor.isInstallationAdministrator()) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        return users.findAll().stream()
                .filter(u -> u.getAgencyId() != null && u.isEnabled() && u.getRoles().contains(Role.ADMIN))
                .sorted(java.util.Comparator.comparing(AppUser::getFullName))
                .collect(java.util.stream.Collectors.groupingBy(AppUser::getAgencyId,
                        java.util.stream.Collectors.mapping(AppUser::getFullName, java.util.stream.Collectors.toList())));
    }

    public UserView get(Actor actor, Long id) {
        return UserView.of(managed(actor, id));
    }

    /** An account the administrator manages; another agency's looks missing (404), as api.md asks. */
    private AppUser managed(Actor actor, Long id) {
        actor.require(Role.ADMIN);
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundException("tài khoản"));
        if (!actor.isInstallationAdministrator() && !actor.agencyId().equals(u.getAgencyId())) {
            throw new NotFoundException("tài khoản");
        }
        return u;
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    public long count() {
        return users.count();
    }

    @Transactional
    public UserView create(Actor actor, UserForm f) {
        actor.require(Role.ADMIN);
        checkProvinceOfficer(actor, f, java.util.Set.of());
        if (!actor.isInstallationAdministrator()) {
            return create(f, actor.agencyId(), actor.agencyId());
        }
        // the installation administrator: an account of the unit's agency, or another installation
        // administrator; an agency's own administrator is made on the agencies page
        if (f.unitId() == null && !(f.roles() != null && f.roles().equals(Set.of(Role.ADMIN)))) {
            throw InvalidInputException.of("unitId", "Tài khoản không thuộc cơ quan nào chỉ có thể là quản trị hệ "
                    + "thống; hãy chọn đơn vị, hoặc tạo quản trị của một cơ quan ở trang Các cơ quan.");
        }
        return create(f, null, null);
    }

    /**
     * The administrator of an agency, made by the installation administrator: how a new agency gets the
     * person who then adds its units and accounts.
     */
    @Transactional
    public UserView createAgencyAdministrator(Actor actor, Long agencyId, String username, String fullName,
            String password, String email) {
        if (!actor.isInstallationAdministrator()) {
            throw new vn.boiduong.common.ForbiddenException();
        }
        units.agency(agencyId); // 404 for an agency that does not exist
        return create(new UserForm(username, fullName, Set.of(Role.ADMIN), null, null, true, password, email),
                agencyId, agencyId);
    }

    /** For start-up, through {@link AccountSetup} (demo data, the first administrator): no actor yet. */
    @Transactional
    UserView createWithoutActor(UserForm f, Long defaultAgencyId) {
        return create(f, defaultAgencyId, null);
    }

    /** @param onlyAgencyId when set, the unit must be one of this agency's (an agency administrator's reach) */
    private UserView create(UserForm f, Long defaultAgencyId, Long onlyAgencyId) {
        String username = f.username() == null ? "" : f.username().trim();
        if (!username.matches("[a-z0-9._-]{3,60}")) {
            throw InvalidInputException.of("username",
                    "Tên đăng nhập gồm 3–60 ký tự chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.");
        }
        if (users.findByUsername(username).isPresent()) {
            throw InvalidInputException.of("username", "Tên đăng nhập '" + username + "' đã được dùng.");
        }
        checkPassword(username, f.password());
        Long agencyId = checkProfile(f, defaultAgencyId, onlyAgencyId);
        String email = checkEmail(f.email());
        AppUser u = new AppUser(username, encoder.encode(f.password()), f.fullName().trim(), f.roles(),
                agencyId, f.unitId(), f.staffId());
        u.changeEmail(email);
        u = users.save(u);
        events.publishEvent(AuditEvent.inAgency(agencyId, "CREATE", "user", u.getId(), "Tạo tài khoản " + username
                + " " + f.roles()));
        return UserView.of(u);
    }

    @Transactional
    public UserView update(Actor actor, Long id, UserForm f) {
        AppUser u = managed(actor, id);
        checkProvinceOfficer(actor, f, u.getRoles());
        Long agencyId = checkProfile(f, u.getAgencyId() != null ? u.getAgencyId() : actor.agencyId(),
                u.getAgencyId());
        String email = checkEmail(f.email());
        String before = u.getRoles() + (u.isEnabled() ? "" : " (khóa)");
        String emailBefore = u.getEmail();
        u.changeProfile(f.fullName().trim(), f.roles(), agencyId, f.unitId(), f.staffId(), f.enabled());
        u.changeEmail(email);
        if (f.password() != null && !f.password().isEmpty()) {
            checkPassword(u.getUsername(), f.password());
            u.changePassword(encoder.encode(f.password()));
        }
        events.publishEvent(AuditEvent.inAgency(u.getAgencyId(), "UPDATE", "user", id, "Sửa tài khoản " + u.getUsername() + ": " + before
                + " → " + f.roles() + (f.enabled() ? "" : " (khóa)")
                + (f.password() != null && !f.password().isEmpty() ? "; đặt lại mật khẩu" : "")
                + (java.util.Objects.equals(emailBefore, email) ? ""
                        : "; e-mail " + (emailBefore == null ? "(không)" : emailBefore) + " → "
                                + (email == null ? "(không)" : email))));
        return UserView.of(u);
    }

    @Transactional
    public void unlock(Actor actor, Long id) {
        AppUser u = managed(actor, id);
        u.unlock();
        events.publishEvent(AuditEvent.inAgency(u.getAgencyId(), "UNLOCK", "user", id, "Mở khóa tài khoản " + u.getUsername()));
    }

    /**
     * The province officer reads every agency's forms: only the installation administrator gives or
     * takes that role (an agency's administrator would otherwise open the province to anyone), and it
     * goes with no other role (an agency role would let it write, and mix the agency's scope with the
     * province's).
     */
    private static void checkProvinceOfficer(Actor actor, UserForm f, java.util.Set<Role> before) {
        Set<Role> roles = f.roles() == null ? Set.of() : f.roles();
        boolean wants = roles.contains(Role.PROVINCE_OFFICER);
        if (wants != before.contains(Role.PROVINCE_OFFICER) && !actor.isInstallationAdministrator()) {
            throw InvalidInputException.of("roles", "Chỉ quản trị toàn hệ thống mới được cấp hoặc bỏ vai trò "
                    + "chuyên viên tổng hợp của tỉnh.");
        }
        if (wants && roles.size() > 1) {
            throw InvalidInputException.of("roles", "Vai trò chuyên viên tổng hợp của tỉnh không đi cùng vai trò khác.");
        }
    }

    private Long checkProfile(UserForm f, Long defaultAgencyId, Long onlyAgencyId) {
        if (f.fullName() == null || f.fullName().isBlank() || f.fullName().length() > 150) {
            throw InvalidInputException.of("fullName", "Họ và tên là bắt buộc, tối đa 150 ký tự.");
        }
        if (f.roles() == null || f.roles().isEmpty()) {
            throw InvalidInputException.of("roles", "Hãy chọn ít nhất một vai trò.");
        }
        Long agencyId = defaultAgencyId;
        if (f.unitId() != null) {
            // another agency's unit is as unknown as one that does not exist
            var unit = units.findUnit(f.unitId())
                    .filter(x -> onlyAgencyId == null || onlyAgencyId.equals(x.getAgencyId()))
                    .orElseThrow(() -> InvalidInputException.of("unitId", "Đơn vị không tồn tại."));
            agencyId = unit.getAgencyId();
        } else if (f.roles().contains(Role.UNIT_HEAD) || f.roles().contains(Role.STAFF)) {
            throw InvalidInputException.of("unitId", "Trưởng đơn vị và cán bộ phải thuộc một đơn vị.");
        }
        if (f.staffId() != null) {
            // the person behind an account is one of the account's agency: another agency's is unknown
            Long staffAgency = staff.own(f.staffId()).flatMap(p -> units.findUnit(p.unitId()))
                    .map(vn.boiduong.organization.Unit::getAgencyId).orElse(null);
            if (staffAgency == null || !staffAgency.equals(agencyId)) {
                throw InvalidInputException.of("staffId", "Hồ sơ cán bộ không tồn tại.");
            }
        }
        return agencyId;
    }

    /**
     * The address trimmed, or {@code null} when none was given. jakarta.mail parses it strictly
     * (RFC 822 syntax); on top, a bare address (no display name), a domain with a dot, no spaces.
     */
    static String checkEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.trim();
        boolean ok = e.length() <= EMAIL_MAX && !e.contains(" ");
        if (ok) {
            try {
                jakarta.mail.internet.InternetAddress a = new jakarta.mail.internet.InternetAddress(e, true);
                a.validate();
                int at = e.lastIndexOf('@');
                String domain = at < 0 ? "" : e.substring(at + 1);
                ok = e.equals(a.getAddress()) && at > 0 && domain.contains(".") && !domain.startsWith(".")
                        && !domain.endsWith(".") && !domain.contains("..") && !domain.startsWith("[");
            } catch (jakarta.mail.internet.AddressException ex) {
                ok = false;
            }
        }
        if (!ok) {
            throw InvalidInputException.of("email",
                    "Địa chỉ e-mail không hợp lệ (ví dụ: ten.nguoidung@snv.bacgiang.gov.vn), tối đa 254 ký tự.");
        }
        return e;
    }

    /** {@link PasswordPolicy}: 10+ characters, at most 72 bytes, not the username, not a common password. */
    private static void checkPassword(String username, String password) {
        PasswordPolicy.check(username, password);
    }
}
