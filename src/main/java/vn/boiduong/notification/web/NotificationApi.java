package vn.boiduong.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Paging;
import vn.boiduong.notification.Notifications;

/** The caller's own notices, newest first. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

    record Count(long unread) {
    }

    private final Notifications notifications;

    NotificationApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "Thông báo của người đang đăng nhập, theo trang (unreadOnly: chỉ thông báo chưa đọc)")
    @GetMapping
    PageResponse<Notifications.Notice> mine(@RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var p = Paging.of(page, size, null, java.util.Map.of(), org.springframework.data.domain.Sort.unsorted());
        return notifications.mine(CurrentActor.get(), unreadOnly, p.getPageNumber(), p.getPageSize());
    }

    @Operation(summary = "Số thông báo chưa đọc")
    @GetMapping("/unread-count")
    Count unread() {
        return new Count(notifications.unreadCount(CurrentActor.get().userId()));
    }

    @Operation(summary = "Đánh dấu một thông báo là đã đọc")
    @PostMapping("/{id}/read")
    Notifications.Notice read(@PathVariable Long id) {
        return notifications.markRead(CurrentActor.get(), id);
    }

    @Operation(summary = "Đánh dấu mọi thông báo là đã đọc")
    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll() {
        notifications.markAllRead(CurrentActor.get());
    }
}
