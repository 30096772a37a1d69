package vn.boiduong.reporting.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The administrators' edited form definitions (table form_definition), one row per form; a form
 * without a row uses its shipped definition. Plain JDBC: a row is a code, a JSON text and a version.
 */
@Repository
public class StoredFormDefinitions {

    public record Stored(String code, String json, String updatedBy, LocalDateTime updatedAt, long version) {
    }

    private final JdbcTemplate jdbc;

    StoredFormDefinitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find(String code) {
        return jdbc.query("select code, definition, updated_by, updated_at, version from form_definition where code = ?",
                (rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getLong(5)), code).stream().findFirst();
    }

    /**
     * Writes the definition if the stored version is still {@code expectedVersion} (0: none stored
     * yet); otherwise someone saved in between and the caller gets a conflict.
     */
    public void save(String code, String json, String by, LocalDateTime at, long expectedVersion) {
        int changed;
        if (expectedVersion == 0 && find(code).isEmpty()) {
            changed = jdbc.update("insert into form_definition (code, definition, updated_by, updated_at, version) "
                    + "values (?, ?, ?, ?, 1)", code, json, by, Timestamp.valueOf(at));
        } else {
            changed = jdbc.update("update form_definition set definition = ?, updated_by = ?, updated_at = ?, "
                    + "version = version + 1 where code = ? and version = ?", json, by, Timestamp.valueOf(at), code,
                    expectedVersion);
        }
        if (changed != 1) {
            throw new OptimisticLockingFailureException("form definition " + code + " changed meanwhile");
        }
    }

    public boolean delete(String code) {
        return jdbc.update("delete from form_definition where code = ?", code) == 1;
    }
}
