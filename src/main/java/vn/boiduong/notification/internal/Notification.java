package vn.boiduong.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One notice to one user: a line of text, where it leads, and whether it was read. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long recipientId;
    @Column(name = "message")
    private String text;
    private String link;
    private LocalDateTime createdAt;
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(Long recipientId, String text, String link, LocalDateTime createdAt) {
        this.recipientId = recipientId;
        this.text = text;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getRecipientId() { return recipientId; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
}
