package vn.boiduong.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Try it out" on the API documentation page, for a person signed in on the pages: Swagger UI (with
 * {@code springdoc.swagger-ui.csrf.enabled}) copies the cookie XSRF-TOKEN into the header X-XSRF-TOKEN
 * of every write. The session's CSRF token stays the one the pages use; the documentation page
 * only gets it as that cookie, and the API accepts it back in that header.
 */
final class ApiDocsCsrf {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";

    /** The same session attribute as the pages' CSRF protection: one token per session. */
    static final CsrfTokenRepository SESSION_TOKENS = new HttpSessionCsrfTokenRepository();

    private ApiDocsCsrf() {
    }

    /** On the documentation page: the session's token as a cookie its script can read (same site, this path only). */
    static final class CookieOnDocsPage extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !(path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = SESSION_TOKENS.loadDeferredToken(request, response).get();
            String path = StringUtils.hasText(request.getContextPath()) ? request.getContextPath() : "/";
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token.getToken()).path(path)
                    .secure(request.isSecure()).sameSite("Strict").httpOnly(false).build().toString());
            chain.doFilter(request, response);
        }
    }

    /**
     * The API's reading of a write's token: the documentation page's header carries the token as is;
     * otherwise the pages' way (header X-CSRF-TOKEN or parameter _csrf, masked per response).
     */
    static final class TokenFromDocsOrPages implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler pages = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response,
                java.util.function.Supplier<CsrfToken> csrfToken) {
            pages.handle(request, response, csrfToken);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            String fromDocs = request.getHeader(HEADER);
            return StringUtils.hasText(fromDocs) ? fromDocs : pages.resolveCsrfTokenValue(request, csrfToken);
        }
    }
}
