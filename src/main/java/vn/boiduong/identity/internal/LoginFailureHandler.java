package vn.boiduong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * One answer for a wrong password, an unknown name, a locked or a disabled account (issue 13, item 7):
 * the page never tells which accounts exist or are locked. Only an address turned away by the
 * throttle is told so, which says nothing about any account.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof SignInGuard.AddressThrottledException ? "throttled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
