package vn.boiduong.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.notification.Notifications;

/** The page of one's own notices: open one (marks it read), or mark all read. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean unreadOnly,
            Model model) {
        model.addAttribute("result", notifications.mine(CurrentActor.get(), unreadOnly, page, 30));
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("baseUrl", "/notifications?unreadOnly=" + unreadOnly);
        return "notifications/list";
    }

    /** Marks the notice read and follows its link (only to a path of this application). */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable Long id) {
        Notifications.Notice n = notifications.markRead(CurrentActor.get(), id);
        String link = n.link();
        boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        return "redirect:" + (local ? link : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead(CurrentActor.get());
        return "redirect:/notifications";
    }
}
