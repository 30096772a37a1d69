package vn.boiduong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
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

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> ProblemWriter.write(req, res,
                        HttpStatus.UNAUTHORIZED, ex instanceof org.springframework.security.authentication.LockedException
                                ? "Tài khoản đang bị khóa tạm thời do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút."
                                : "Bạn cần đăng nhập (HTTP Basic hoặc phiên làm việc).")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemWriter.write(req, res,
                                HttpStatus.UNAUTHORIZED, "Bạn cần đăng nhập (HTTP Basic hoặc phiên làm việc)."))
                        .accessDeniedHandler((req, res, ex) -> ProblemWriter.write(req, res, HttpStatus.FORBIDDEN,
                                ex instanceof org.springframework.security.web.csrf.CsrfException
                                        ? "Thiếu hoặc sai mã CSRF cho yêu cầu từ phiên làm việc."
                                        : "Bạn không có quyền thực hiện thao tác này.")))
                // A browser session must prove CSRF; an API client sending its own credentials need not.
                .csrf(c -> c.requireCsrfProtectionMatcher(sessionWrites())
                        .csrfTokenRepository(ApiDocsCsrf.SESSION_TOKENS)
                        .csrfTokenRequestHandler(new ApiDocsCsrf.TokenFromDocsOrPages()))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    private static RequestMatcher sessionWrites() {
        return (HttpServletRequest req) -> !HttpMethod.GET.matches(req.getMethod())
                && !HttpMethod.HEAD.matches(req.getMethod()) && !HttpMethod.OPTIONS.matches(req.getMethod())
                && req.getHeader("Authorization") == null;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        // the probes are asked by a load balancer or an orchestrator, which carry no credentials
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg",
                                "/error", "/forbidden", "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
                        .anyRequest().authenticated())
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
