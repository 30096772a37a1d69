package vn.boiduong.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password sign-in (the pages' form and the API's HTTP Basic): first the per-address throttle,
 * then the password, and only then the account's lock and state. The password is checked for a
 * locked, disabled or unknown account just the same (BCrypt, or Spring's dummy hash for an unknown
 * name), so neither the answer nor its time tells whether an account exists or is locked.
 */
@Component
class SignInGuard implements AuthenticationProvider {

    /** The address has failed too often: turned away before any password is checked. */
    static final class AddressThrottledException extends AuthenticationException {
        AddressThrottledException() {
            super("too many failed sign-ins from this address");
        }
    }

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    SignInGuard(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (throttle.blocked(addressOf(authentication))) {
            throw new AddressThrottledException();
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
