package vn.boiduong.common;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in actor from the security context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        throw new ForbiddenException();
    }

    public static String usernameOrSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
            return p.actor().username();
        }
        return "system";
    }

    /** The signed-in person's agency; {@code null} when nobody is signed in or the person has none. */
    public static Long agencyIdOrNull() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
            return p.actor().agencyId();
        }
        return null;
    }
}
