package vn.boiduong.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A personal API token: the SHA-256 of the token (never the token), its first characters to tell it
 * apart, who made it and when, when it expires and, once revoked, when and by whom. Times are the
 * application's clock (Vietnam), like the audit trail's.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private LocalDateTime createdAt;
    private String createdBy;
    private LocalDateTime expiresAt;
    private LocalDateTime revokedAt;
    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(Long userId, String name, String tokenHash, String tokenPrefix, LocalDateTime createdAt,
            String createdBy, LocalDateTime expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** @return false when it was revoked already (revoking twice changes nothing) */
    boolean revoke(LocalDateTime at, String by) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        revokedBy = by;
        return true;
    }

    public boolean isActive(LocalDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getName() { return name; }
    public String getTokenPrefix() { return tokenPrefix; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
}
