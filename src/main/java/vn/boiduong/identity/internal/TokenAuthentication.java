package vn.boiduong.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token ({@code Authorization: Bearer …}): the same
 * principal as a sign-in, so every policy sees the same actor; only the way in differs (a token may
 * not make further tokens).
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    TokenAuthentication(SignedInUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    /** Whether the current request came in with a token. */
    public static boolean current() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication() instanceof TokenAuthentication;
    }
}
