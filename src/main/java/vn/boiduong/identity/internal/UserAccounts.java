package vn.boiduong.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.identity.AppUser;

/**
 * Loads users for Spring Security and keeps the failure count: the fifth wrong password in a row
 * locks the account for 15 minutes (form and Basic alike, so the API is no way around it); wrong
 * passwords while it is locked neither count nor lengthen the lock. Every failed sign-in counts
 * against its client address too ({@link SignInThrottle}), and goes to the audit trail with the
 * lock or the throttle it caused.
 */
@Component
public class UserAccounts implements UserDetailsService {

    /** Longest typed name written to the trail: what is typed as a username is not trusted. */
    private static final int NAME_IN_TRAIL = 60;

    private final UserRepository users;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    UserAccounts(UserRepository users, Clock clock, SignInThrottle throttle, ApplicationEventPublisher events) {
        this.users = users;
        this.clock = clock;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInUser(u.actor(), u.getPasswordHash(), u.isEnabled(), u.isLocked(clock.instant()),
                u.getFailedAttempts());
    }

    /** A wrong password, or the right one for a locked or disabled account. */
    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getPrincipal());
        String username = typed.length() <= NAME_IN_TRAIL ? typed : typed.substring(0, NAME_IN_TRAIL) + "…";
        String address = SignInGuard.addressOf(event.getAuthentication());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var account = users.findByUsername(typed);
        boolean locked = false;
        if (account.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.clearExpiredLock(typed, now);
            if (users.countFailure(typed, AppUser.MAX_FAILURES, now.plus(AppUser.LOCK_TIME), now) == 1) {
                locked = users.failuresOf(typed) >= AppUser.MAX_FAILURES;
            }
        }
        Long id = account.map(AppUser::getId).orElse(null);
        // the account's agency reads these lines; a name that is no account's is the installation's
        Long agencyId = account.map(AppUser::getAgencyId).orElse(null);
        String why = event instanceof AuthenticationFailureBadCredentialsEvent
                ? (account.isPresent() ? "sai mật khẩu" : "tên đăng nhập không tồn tại")
                : "tài khoản đang bị khóa hoặc ngừng hoạt động";
        events.publishEvent(AuditEvent.inAgency(agencyId, "SIGN_IN_FAILED", "user", id, "Đăng nhập không thành công với tên «"
                + username + "» từ địa chỉ " + address + " (" + why + ")"));
        if (locked) {
            events.publishEvent(AuditEvent.inAgency(agencyId, "LOCK", "user", id, "Khóa tài khoản " + username + " "
                    + AppUser.LOCK_TIME.toMinutes() + " phút sau " + AppUser.MAX_FAILURES
                    + " lần đăng nhập sai liên tiếp (lần cuối từ địa chỉ " + address + ")"));
        }
        if (throttle.failed(address)) {
            events.publishEvent(AuditEvent.of("THROTTLE", "user", null, "Tạm chặn đăng nhập từ địa chỉ " + address
                    + " trong " + throttle.window().toMinutes() + " phút vì đăng nhập sai nhiều lần"));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        // only a user with failures on record costs a write; a normal sign-in stays read-only
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser s && s.failedAttempts() > 0) {
            users.clearFailures(s.getUsername());
        }
    }
}
