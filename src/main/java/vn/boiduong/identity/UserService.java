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
import vn.boiduong.identity.internal.UserRepository;
import vn.boiduong.organization.UnitService;

/** The administrator's management of users; every change is audited. */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** At least 8 characters with a letter and a digit: the minimum a government intranet asks. */
    static final String PASSWORD_RULE = "^(?=.*[A-Za-z])(?=.*\\d).{8,100}$";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final UnitService units;
    private final ApplicationEventPublisher events;

    UserService(UserRepository users, PasswordEncoder encoder, UnitService units, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.units = units;
        this.events = events;
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

    public PageResponse<UserView> list(Actor actor, String q, Pageable pageable) {
        actor.require(Role.ADMIN);
        String pattern = q == null || q.isBlank() ? null : "%" + q.toLowerCase(java.util.Locale.ROOT).trim() + "%";
        return PageResponse.of(users.search(pattern, pageable), UserView::of);
    }

    public UserView get(Actor actor, Long id) {
        actor.require(Role.ADMIN);
        return UserView.of(users.findById(id).orElseThrow(() -> new NotFoundException("tài khoản")));
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
        return createWithoutActor(f, actor.agencyId());
    }

    /** For start-up, through {@link AccountSetup} (demo data, the first administrator): no actor yet. */
    @Transactional
    UserView createWithoutActor(UserForm f, Long defaultAgencyId) {
        String username = f.username() == null ? "" : f.username().trim();
        if (!username.matches("[a-z0-9._-]{3,60}")) {
            throw InvalidInputException.of("username",
                    "Tên đăng nhập gồm 3–60 ký tự chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.");
        }
        if (users.findByUsername(username).isPresent()) {
            throw InvalidInputException.of("username", "Tên đăng nhập '" + username + "' đã được dùng.");
        }
        checkPassword(f.password());
        Long agencyId = checkProfile(f, defaultAgencyId);
        String email = checkEmail(f.email());
        AppUser u = new AppUser(username, encoder.encode(f.password()), f.fullName().trim(), f.roles(),
                agencyId, f.unitId(), f.staffId());
        u.changeEmail(email);
        u = users.save(u);
        events.publishEvent(AuditEvent.of("CREATE", "user", u.getId(), "Tạo tài khoản " + username + " " + f.roles()));
        return UserView.of(u);
    }

    @Transactional
    public UserView update(Actor actor, Long id, UserForm f) {
        actor.require(Role.ADMIN);
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundException("tài khoản"));
        Long agencyId = checkProfile(f, u.getAgencyId() != null ? u.getAgencyId() : actor.agencyId());
        String email = checkEmail(f.email());
        String before = u.getRoles() + (u.isEnabled() ? "" : " (khóa)");
        String emailBefore = u.getEmail();
        u.changeProfile(f.fullName().trim(), f.roles(), agencyId, f.unitId(), f.staffId(), f.enabled());
        u.changeEmail(email);
        if (f.password() != null && !f.password().isEmpty()) {
            checkPassword(f.password());
            u.changePassword(encoder.encode(f.password()));
        }
        events.publishEvent(AuditEvent.of("UPDATE", "user", id, "Sửa tài khoản " + u.getUsername() + ": " + before
                + " → " + f.roles() + (f.enabled() ? "" : " (khóa)")
                + (f.password() != null && !f.password().isEmpty() ? "; đặt lại mật khẩu" : "")
                + (java.util.Objects.equals(emailBefore, email) ? ""
                        : "; e-mail " + (emailBefore == null ? "(không)" : emailBefore) + " → "
                                + (email == null ? "(không)" : email))));
        return UserView.of(u);
    }

    @Transactional
    public void unlock(Actor actor, Long id) {
        actor.require(Role.ADMIN);
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundException("tài khoản"));
        u.unlock();
        events.publishEvent(AuditEvent.of("UNLOCK", "user", id, "Mở khóa tài khoản " + u.getUsername()));
    }

    private Long checkProfile(UserForm f, Long defaultAgencyId) {
        if (f.fullName() == null || f.fullName().isBlank() || f.fullName().length() > 150) {
            throw InvalidInputException.of("fullName", "Họ và tên là bắt buộc, tối đa 150 ký tự.");
        }
        if (f.roles() == null || f.roles().isEmpty()) {
            throw InvalidInputException.of("roles", "Hãy chọn ít nhất một vai trò.");
        }
        Long agencyId = defaultAgencyId;
        if (f.unitId() != null) {
            var unit = units.findUnit(f.unitId())
                    .orElseThrow(() -> InvalidInputException.of("unitId", "Đơn vị không tồn tại."));
            agencyId = unit.getAgencyId();
        } else if (f.roles().contains(Role.UNIT_HEAD) || f.roles().contains(Role.STAFF)) {
            throw InvalidInputException.of("unitId", "Trưởng đơn vị và cán bộ phải thuộc một đơn vị.");
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

    private static void checkPassword(String password) {
        if (password == null || !password.matches(PASSWORD_RULE)) {
            throw InvalidInputException.of("password", "Mật khẩu tối thiểu 8 ký tự, có cả chữ và số.");
        }
    }
}
