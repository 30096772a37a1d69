package vn.boiduong.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical form of an audit entry and its hash: SHA-256 over the entry's place in the chain, its
 * time (to the microsecond, what both databases keep), its actor, action, type, object id and detail
 * (each length-prefixed, so no two different entries read the same), and the hash of the entry before
 * it. One chain for the whole installation (see {@code package-info}).
 *
 * <p>Used by the trail when it appends and when it checks, and by the migration V51 that sealed the
 * entries written before the chain existed. Changing this form changes every hash: a new form needs a
 * new version tag and the check must read both.
 */
public final class AuditChain {

    /** The hash "before" the first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "bd-audit-v1";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private AuditChain() {
    }

    /** The time as the trail stores it: what PostgreSQL and H2 keep of a timestamp. */
    public static LocalDateTime stored(LocalDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(long seq, LocalDateTime at, String actor, String action, String type, String entityId,
            String detail, String prevHash) {
        StringBuilder b = new StringBuilder(256).append(VERSION).append('\n').append(seq).append('\n')
                .append(AT.format(stored(at))).append('\n');
        field(b, actor);
        field(b, action);
        field(b, type);
        field(b, entityId);
        field(b, detail);
        b.append(prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-\n");
        } else {
            b.append(value.length()).append(':').append(value).append('\n');
        }
    }
}
