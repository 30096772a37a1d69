package vn.boiduong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.boiduong.common.web.ProblemWriter;

/**
 * Two chains: the API (HTTP Basic or the page session, answers 401/403 as problem details) and
 * the pages (form sign-in, CSRF, error pages in Vietnamese). Both send the same strict headers.
 */
@Configuration
public class SecurityConfig {

    /** No inline script or style anywhere: everything the pages run comes from /js and /webjars. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Swagger UI is a third-party page that sets inline styles; it gets its own, looser policy. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    Clock clock() {
        // audit times and due dates are read in Vietnam
        return Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * The one way passwords are checked, for the pages' form and the API's Basic alike: the
     * per-address throttle, then the password, then the account's lock ({@link SignInGuard}); its
     * failures are published as events, which {@link UserAccounts} counts and writes to the trail.
     */
    @Bean
    AuthenticationManager passwordSignIn(SignInGuard guard, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(guard);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager passwordSignIn, ApiTokens tokens)
            throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .authenticationManager(passwordSignIn)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemWriter.write(req, res,
                                HttpStatus.UNAUTHORIZED, "Bạn cần đăng nhập (HTTP Basic hoặc phiên làm việc)."))
                        .accessDeniedHandler((req, res, ex) -> {
                            if (anonymousWrite(ex)) {
                                ProblemWriter.write(req, res, HttpStatus.UNAUTHORIZED,
                                        "Bạn cần đăng nhập (HTTP Basic hoặc phiên làm việc).");
                                return;
                            }
                            ProblemWriter.write(req, res, HttpStatus.FORBIDDEN,
                                ex instanceof org.springframework.security.web.csrf.CsrfException
                                        ? "Thiếu hoặc sai mã CSRF cho yêu cầu từ phiên làm việc."
                                        : "Bạn không có quyền thực hiện thao tác này.");
                        }))
                // Issue 13, items 5 and 7: Basic and Bearer are checked before the CSRF filter, and a
                // write skips the CSRF check only when its own header authenticated it.
                .addFilterBefore(new HeaderAuthentication(passwordSignIn, tokens, SecurityConfig::headerRefused),
                        CsrfFilter.class)
                .csrf(c -> c.requireCsrfProtectionMatcher(sessionWrites())
                        .csrfTokenRepository(ApiDocsCsrf.SESSION_TOKENS)
                        .csrfTokenRequestHandler(new ApiDocsCsrf.TokenFromDocsOrPages()))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    /** The same answer for a wrong password, an unknown name and a locked account (issue 13, item 7). */
    static final String WRONG_CREDENTIALS = "Sai tên đăng nhập hoặc mật khẩu.";
    static final String THROTTLED = "Đăng nhập sai quá nhiều lần từ địa chỉ này; hãy thử lại sau ít phút.";

    private static void headerRefused(HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res,
            org.springframework.security.core.AuthenticationException ex) throws java.io.IOException {
        if (ex instanceof SignInGuard.AddressThrottledException) {
            res.setHeader("Retry-After", "900");
            ProblemWriter.write(req, res, HttpStatus.TOO_MANY_REQUESTS, THROTTLED);
        } else if (ex instanceof HeaderAuthentication.BadTokenException) {
            ProblemWriter.write(req, res, HttpStatus.UNAUTHORIZED,
                    "Mã truy cập API không đúng, đã hết hạn hoặc đã bị thu hồi.");
        } else {
            ProblemWriter.write(req, res, HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS);
        }
    }

    /**
     * A write with no credentials at all (no Authorization header, no signed-in session) meets the
     * CSRF check before any sign-in: it is told 401 "sign in", as a read is, not 403 (issue 13, item 8).
     */
    static boolean anonymousWrite(org.springframework.security.access.AccessDeniedException ex) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return ex instanceof org.springframework.security.web.csrf.CsrfException
                && (auth == null || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                        || !auth.isAuthenticated());
    }

    /** Writes need the session's CSRF token unless their Authorization header authenticated them. */
    private static RequestMatcher sessionWrites() {
        return (HttpServletRequest req) -> !HttpMethod.GET.matches(req.getMethod())
                && !HttpMethod.HEAD.matches(req.getMethod()) && !HttpMethod.OPTIONS.matches(req.getMethod())
                && !HeaderAuthentication.authenticatedByHeader(req);
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager passwordSignIn) throws Exception {
        // the probes are asked by a load balancer or an orchestrator, which carry no credentials
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg",
                                "/error", "/forbidden", "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        // B5: the public verification page printed on every certificate (no sign-in)
                        .requestMatchers("/verify/*").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
                        .anyRequest().authenticated())
                .authenticationManager(passwordSignIn)
                .formLogin(f -> f.loginPage("/login").failureHandler(new LoginFailureHandler()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
                .csrf(c -> c.csrfTokenRepository(ApiDocsCsrf.SESSION_TOKENS))
                // "Try it out" on /swagger-ui sends the session's token back from this cookie
                .addFilterAfter(new ApiDocsCsrf.CookieOnDocsPage(), CsrfFilter.class)
                .headers(SecurityConfig::headers);
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                .addHeaderWriter(new SwaggerCspRelaxer(SWAGGER_CSP));
    }

}
