package vn.boiduong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.ForbiddenException;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;
import vn.boiduong.identity.AppUser;

/**
 * Personal API tokens, for clients that call the API often: HTTP Basic costs a BCrypt hash on every
 * request, a token one SHA-256 and one indexed lookup. A token is 32 random bytes (256 bits) from
 * {@link SecureRandom}, so a plain SHA-256 of it is all the database keeps: nobody can guess a token
 * from its hash, and the hash is fast to check. The token is shown once, when made.
 *
 * <p>The person makes and revokes their own tokens (page /me, API /api/v1/me/tokens); the
 * administrator of their agency may list, make and revoke them too (/admin/users/{id},
 * /api/v1/users/{id}/tokens). A request authenticated by a token may not make another token. Every
 * making and revoking is in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    /** What a token looks like: the prefix tells a reader (and a secret scanner) what it is. */
    public static final String PREFIX = "bd_";
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    /** Tokens a person may hold at once (active ones). */
    public static final int MAX_ACTIVE = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record TokenView(Long id, String name, String prefix, LocalDateTime createdAt, String createdBy,
            LocalDateTime expiresAt, LocalDateTime revokedAt, String revokedBy, boolean active) {
    }

    /** @param token the token itself: shown this once, never again */
    public record Created(Long id, String name, String prefix, LocalDateTime expiresAt, String token)
            implements java.io.Serializable {
    }

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserRepository users, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /** The account a presented token stands for, if the token exists, is not revoked, has not expired. */
    public Optional<SignedInUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.activeOwner(sha256(token), LocalDateTime.now(clock)).filter(AppUser::isEnabled)
                .map(u -> new SignedInUser(u.actor(), "", true, false, 0));
    }

    public List<TokenView> list(Actor actor, Long userId) {
        AppUser owner = owner(actor, userId);
        LocalDateTime now = LocalDateTime.now(clock);
        return tokens.findByUserIdOrderByIdDesc(owner.getId()).stream()
                .map(t -> new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getCreatedBy(),
                        t.getExpiresAt(), t.getRevokedAt(), t.getRevokedBy(), t.isActive(now)))
                .toList();
    }

    /**
     * @param userId the owner; the actor's own account when null
     * @param days   days until it expires, 1–365; {@value #DEFAULT_DAYS} when null
     */
    @Transactional
    public Created create(Actor actor, Long userId, String name, Integer days) {
        if (TokenAuthentication.current()) {
            // a stolen token must not be able to outlive its own revocation
            throw new ForbiddenException();
        }
        AppUser owner = owner(actor, userId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100 || n.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("name", "Tên mã truy cập là bắt buộc, tối đa 100 ký tự "
                    + "(ví dụ: «Đồng bộ với phần mềm quản lý cán bộ»).");
        }
        int d = days == null ? DEFAULT_DAYS : days;
        if (d < 1 || d > MAX_DAYS) {
            throw InvalidInputException.of("days", "Thời hạn của mã truy cập từ 1 đến " + MAX_DAYS + " ngày.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (tokens.countActive(owner.getId(), now) >= MAX_ACTIVE) {
            throw InvalidInputException.of("name", "Mỗi người có tối đa " + MAX_ACTIVE
                    + " mã truy cập còn hiệu lực; hãy thu hồi mã không dùng nữa.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = token.substring(0, 10);
        LocalDateTime expires = now.plusDays(d);
        ApiToken t = tokens.save(new ApiToken(owner.getId(), n, sha256(token), prefix, now, actor.username(),
                expires));
        events.publishEvent(AuditEvent.of("CREATE_TOKEN", "user", owner.getId(), "Tạo mã truy cập API «" + n
                + "» (" + prefix + "…) cho tài khoản " + owner.getUsername() + ", hết hạn " + DAY.format(expires)));
        return new Created(t.getId(), n, prefix, expires, token);
    }

    /** @param userId the owner; the actor's own account when null */
    @Transactional
    public void revoke(Actor actor, Long userId, Long tokenId) {
        AppUser owner = owner(actor, userId);
        ApiToken t = tokens.findById(tokenId).filter(x -> x.getUserId().equals(owner.getId()))
                .orElseThrow(() -> new NotFoundException("mã truy cập"));
        if (t.revoke(LocalDateTime.now(clock), actor.username())) {
            events.publishEvent(AuditEvent.of("REVOKE_TOKEN", "user", owner.getId(), "Thu hồi mã truy cập API «"
                    + t.getName() + "» (" + t.getTokenPrefix() + "…) của tài khoản " + owner.getUsername()));
        }
    }

    /** The person themself, or an administrator for an account of their agency (404 for another agency's). */
    private AppUser owner(Actor actor, Long userId) {
        if (userId == null || userId.equals(actor.userId())) {
            return users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("tài khoản"));
        }
        actor.require(Role.ADMIN);
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("tài khoản"));
        if (actor.agencyId() != null && !Objects.equals(actor.agencyId(), u.getAgencyId())) {
            throw new NotFoundException("tài khoản");
        }
        return u;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
