package vn.boiduong.notification.internal;

import java.time.LocalDateTime;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipientId = :recipient and (:unreadOnly = false or n.readAt is null)")
    Page<Notification> find(@Param("recipient") Long recipient, @Param("unreadOnly") boolean unreadOnly,
            Pageable pageable);

    /** The navbar badge: one indexed COUNT per page. */
    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") Long recipient, @Param("at") LocalDateTime at);
}
