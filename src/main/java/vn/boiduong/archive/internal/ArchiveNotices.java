package vn.boiduong.archive.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.archive.ArchiveEvents;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.notification.Notifications;

/**
 * The archive's notices, sent by the archive itself through {@link Notifications} (the notification
 * module must not know the archive, which comes last): a fixity difference to the Office chief and
 * specialists of each agency whose files differ, a disposal proposal to the Director who decides it.
 */
@Component
class ArchiveNotices {

    private final Notifications notifications;
    private final UserDirectory directory;
    private final Clock clock;

    ArchiveNotices(Notifications notifications, UserDirectory directory, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(ArchiveEvents.FixityDifferences e) {
        for (Long agency : e.agencyIds()) {
            List<Long> to = new ArrayList<>(directory.userIdsWithRole(Role.OFFICE_CHIEF, agency, null));
            to.addAll(directory.userIdsWithRole(Role.OFFICE_SPECIALIST, agency, null));
            notifications.send(new LinkedHashSet<>(to), "Kiểm tra tính toàn vẹn kho lưu trữ phát hiện sai khác: "
                    + e.changed() + " tệp bị thay đổi, " + e.missing() + " tệp bị mất. Hãy xem biên bản kiểm tra.",
                    "/archive/fixity", LocalDateTime.now(clock));
        }
    }

    @EventListener
    @Transactional
    public void on(ArchiveEvents.DisposalProposed e) {
        notifications.send(new LinkedHashSet<>(directory.userIdsWithRole(Role.DIRECTOR, e.agencyId(), null)),
                "Văn phòng đề nghị hủy hồ sơ «" + e.title() + "» đã hết thời hạn bảo quản; chờ ý kiến Hội đồng và quyết định.",
                "/archive/" + e.recordSetId(), LocalDateTime.now(clock));
    }
}
