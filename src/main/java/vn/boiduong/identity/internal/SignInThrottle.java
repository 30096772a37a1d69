package vn.boiduong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-address throttle of sign-in: {@code boiduong.sign-in.address-limit} failed sign-ins (form
 * or HTTP Basic, any accounts, existing or not) from one client address within
 * {@code boiduong.sign-in.address-window} turn that address away for the rest of the window, before
 * any password is checked. The per-account lock (five failures, 15 minutes) stays: the throttle keeps
 * one address from locking account after account, or from guessing across many accounts.
 *
 * <p>Kept in the database (table sign_in_throttle), so every node counts the same failures. The
 * address is the connection's, or the one a trusted proxy sends when
 * {@code server.forward-headers-strategy} is set (README, "Sign-in").
 */
@Component
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, @Value("${boiduong.sign-in.address-limit:20}") int limit,
            @Value("${boiduong.sign-in.address-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public boolean blocked(String address) {
        if (address == null) {
            return false;
        }
        List<LocalDateTime> until = jdbc.queryForList(
                "select blocked_until from sign_in_throttle where address = ? and blocked_until > ?",
                LocalDateTime.class, key(address), now());
        return !until.isEmpty();
    }

    /**
     * Counts a failure of this address, in the caller's transaction.
     *
     * @return true when this failure turned the address away (the moment to write to the trail)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean failed(String address) {
        if (address == null) {
            return false;
        }
        String key = key(address);
        LocalDateTime now = now();
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Object[]> row = jdbc.query("select window_start, failures, blocked_until from sign_in_throttle "
                    + "where address = ? for update", (rs, i) -> new Object[] {
                            rs.getObject(1, LocalDateTime.class), rs.getInt(2),
                            rs.getObject(3, LocalDateTime.class)}, key);
            if (row.isEmpty()) {
                try {
                    jdbc.update("insert into sign_in_throttle (address, window_start, failures) values (?, ?, 1)",
                            key, now);
                    return limit <= 1 && block(key, now);
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            LocalDateTime start = (LocalDateTime) row.get(0)[0];
            int failures = (Integer) row.get(0)[1];
            LocalDateTime blockedUntil = (LocalDateTime) row.get(0)[2];
            if (blockedUntil != null && blockedUntil.isAfter(now)) {
                return false;
            }
            if (!start.plus(window).isAfter(now)) {
                start = now;
                failures = 0;
            }
            failures++;
            jdbc.update("update sign_in_throttle set window_start = ?, failures = ?, blocked_until = null "
                    + "where address = ?", start, failures, key);
            return failures >= limit && block(key, now);
        }
        return false;
    }

    private boolean block(String key, LocalDateTime now) {
        jdbc.update("update sign_in_throttle set blocked_until = ?, failures = 0, window_start = ? where address = ?",
                now.plus(window), now, key);
        return true;
    }

    /** For the command-line recovery: lets every address try again. */
    @Transactional
    public int clearAll() {
        return jdbc.update("delete from sign_in_throttle");
    }

    private static String key(String address) {
        return address.length() <= 64 ? address : address.substring(0, 64);
    }
}
