package vn.boiduong.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's credentials in the {@code Authorization} header, checked before the CSRF filter: HTTP
 * Basic (the password, through {@link SignInGuard}) or a personal API token ({@code Bearer}). A
 * request the header authenticates is marked, and only such a request skips the CSRF check: a
 * browser session that merely adds a header ({@code Bearer junk}) still needs its CSRF token. A
 * Basic or Bearer header that does not authenticate is answered 401 at once, session or not; any
 * other scheme is not ours and is ignored.
 *
 * <p>Nothing is kept in the session: the header authenticates this request only.
 */
final class HeaderAuthentication extends OncePerRequestFilter {

    static final String AUTHENTICATED = HeaderAuthentication.class.getName() + ".AUTHENTICATED";

    private final AuthenticationManager passwords;
    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    HeaderAuthentication(AuthenticationManager passwords, ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    /** Whether this request was authenticated by its own header (and so needs no CSRF token). */
    static boolean authenticatedByHeader(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Authentication result;
        try {
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                result = tokens.authenticate(header.substring(7).strip()).<Authentication>map(TokenAuthentication::new)
                        .orElseThrow(() -> new BadTokenException());
            } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                result = passwords.authenticate(basic.convert(request));
            } else {
                chain.doFilter(request, response);
                return;
            }
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, e);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
        chain.doFilter(request, response);
    }

    /** A Bearer token that is unknown, expired or revoked. */
    static final class BadTokenException extends BadCredentialsException {
        BadTokenException() {
            super("unknown, expired or revoked API token");
        }
    }
}
