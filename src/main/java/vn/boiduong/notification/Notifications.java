package vn.boiduong.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.notification.internal.Notification;
import vn.boiduong.notification.internal.NotificationRepository;

/** In-application notices: written by the listeners, read by each user for themselves only. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    static final int TEXT_MAX = 1200;

    public record Notice(Long id, String text, String link, LocalDateTime createdAt, LocalDateTime readAt) {
        static Notice of(Notification n) {
            return new Notice(n.getId(), n.getText(), n.getLink(), n.getCreatedAt(), n.getReadAt());
        }

        public boolean read() {
            return readAt != null;
        }
    }

    private final NotificationRepository notices;
    private final Clock clock;

    Notifications(NotificationRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** One notice to each recipient (repeats ignored), in the caller's transaction. */
    @Transactional
    public void send(Collection<Long> recipients, String text, String link, LocalDateTime at) {
        String t = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX - 1) + "…" : text;
        for (Long r : new LinkedHashSet<>(recipients)) {
            notices.save(new Notification(r, t, link, at));
        }
    }

    public PageResponse<Notice> mine(Actor actor, boolean unreadOnly, int page, int size) {
        int s = Math.min(Math.max(size, 1), 200);
        vn.boiduong.common.Paging.checkOffset(Math.max(page, 0), s);
        PageRequest p = PageRequest.of(Math.max(page, 0), s,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")));
        return PageResponse.of(notices.find(actor.userId(), unreadOnly, p), Notice::of);
    }

    public long unreadCount(Long userId) {
        return userId == null ? 0 : notices.countByRecipientIdAndReadAtIsNull(userId);
    }

    /** Marks one of the actor's own notices read and returns it; another's looks missing. */
    @Transactional
    public Notice markRead(Actor actor, Long id) {
        Notification n = notices.findById(id).filter(x -> x.getRecipientId().equals(actor.userId()))
                .orElseThrow(() -> new NotFoundException("thông báo"));
        n.markRead(LocalDateTime.now(clock));
        return Notice.of(n);
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return notices.markAllRead(actor.userId(), LocalDateTime.now(clock));
    }
}
