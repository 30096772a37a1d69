package vn.boiduong.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.boiduong.common.ActorPrincipal;
import vn.boiduong.notification.Notifications;

/**
 * The unread count for the navbar badge, on pages only (not the API, not htmx fragments), for a
 * signed-in user: one COUNT on an index per page.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadNoticesAdvice {

    private final Notifications notifications;

    UnreadNoticesAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotices")
    Long unreadNotices(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader("HX-Request") != null) {
            return null;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof ActorPrincipal p)) {
            return null;
        }
        return notifications.unreadCount(p.actor().userId());
    }
}
