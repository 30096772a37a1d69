package vn.boiduong.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.organization.AgencyCreated;

/**
 * The administrator who creates an agency and has none yet (the first start of the postgres
 * profile: one administrator, no agency) becomes its administrator, in the same transaction, and
 * the signed-in session learns it at once, so the next page is the new agency's settings.
 */
@Component
class AgencyMembership {

    private final UserRepository users;
    private final org.springframework.context.ApplicationEventPublisher events;

    AgencyMembership(UserRepository users, org.springframework.context.ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    @EventListener
    void on(AgencyCreated e) {
        users.findByUsername(e.createdBy()).filter(u -> u.joinAgency(e.agencyId())).ifPresent(u -> {
            events.publishEvent(AuditEvent.of("UPDATE", "user", u.getId(), "Tài khoản " + u.getUsername()
                    + " quản trị cơ quan mới " + e.code()));
            refreshSession(u.getUsername(), u.actor());
        });
    }

    private void refreshSession(String username, vn.boiduong.common.Actor actor) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser p) || !p.getUsername().equals(username)) {
            return;
        }
        SignedInUser updated = new SignedInUser(actor, p.password(), p.enabled(), p.locked(), p.failedAttempts());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // a page session keeps its context in the HTTP session (HTTP Basic clients sign in anew each time)
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                && attrs.getRequest().getSession(false) != null) {
            attrs.getRequest().getSession(false).setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
