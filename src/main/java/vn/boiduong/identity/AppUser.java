package vn.boiduong.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.boiduong.common.Actor;
import vn.boiduong.common.Role;

/** A person who signs in. The lock rule lives here: five failures lock the account for 15 minutes. */
@Entity
@Table(name = "app_user")
public class AppUser {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String fullName;
    private Long agencyId;
    private Long unitId;
    private Long staffId;
    /** Where e-mail notices go; none: the person gets the in-application notices only. */
    private String email;
    private boolean enabled = true;
    private int failedAttempts;
    private LocalDateTime lockedUntil;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String fullName, Set<Role> roles, Long agencyId, Long unitId,
            Long staffId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.roles = new HashSet<>(roles);
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.staffId = staffId;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant(ZoneOffset.UTC).isAfter(now);
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changeProfile(String fullName, Set<Role> roles, Long agencyId, Long unitId, Long staffId,
            boolean enabled) {
        this.fullName = fullName;
        this.roles = new HashSet<>(roles);
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.staffId = staffId;
        this.enabled = enabled;
    }

    /** An address already checked by {@link UserService}; blank or null clears it. */
    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public Actor actor() {
        return new Actor(id, username, fullName, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                unitId, agencyId);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getFullName() { return fullName; }
    public Long getAgencyId() { return agencyId; }
    public Long getUnitId() { return unitId; }
    public Long getStaffId() { return staffId; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public long getVersion() { return version; }
}
