package vn.boiduong.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.identity.AppUser;

/**
 * Loads users for Spring Security and keeps the failure count: the fifth wrong password in a row
 * locks the account for 15 minutes (form and Basic alike, so the API is no way around it).
 */
@Component
public class UserAccounts implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    UserAccounts(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInUser(u.actor(), u.getPasswordHash(), u.isEnabled(), u.isLocked(clock.instant()),
                u.getFailedAttempts());
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        users.clearExpiredLock(username, now);
        users.countFailure(username, AppUser.MAX_FAILURES, now.plus(AppUser.LOCK_TIME));
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
