package vn.boiduong.organization.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables staff_import and staff_import_error. The state of an import lives here, not in memory,
 * so whichever node a status request reaches can answer it.
 */
@Component
class ImportRecords {

    /** One import as stored, with the agency it belongs to (for the scope check). */
    record Stored(long id, Long agencyId, ImportStatus status, int processed, int total, String fileName,
            String message, String createdBy, LocalDateTime createdAt, LocalDateTime finishedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ImportRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    long create(Long agencyId, String fileName, String createdBy, int total) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into staff_import (agency_id, file_name, status, "
                    + "total, processed, created_by, created_at, heartbeat_at) values (?, ?, ?, ?, 0, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, agencyId);
            ps.setString(2, cut(fileName, 255));
            ps.setString(3, ImportStatus.QUEUED.name());
            ps.setInt(4, total);
            ps.setString(5, cut(createdBy, 60));
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Progress in its own short transaction, committed at once even while the rows are being
     * written in the import's long transaction: other requests see the bar move.
     */
    void progress(long id, ImportStatus status, int processed) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "update staff_import set status = ?, processed = ?, heartbeat_at = ? where id = ?", status.name(),
                processed, Timestamp.valueOf(LocalDateTime.now(clock)), id));
    }

    /** The node still holds these imports (queued or running): their heartbeat goes on. */
    void heartbeat(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        ownTransaction.executeWithoutResult(tx -> jdbc.batchUpdate(
                "update staff_import set heartbeat_at = ? where id = ? and status not in ('DONE', 'FAILED')",
                List.copyOf(ids), 100, (ps, id) -> {
                    ps.setTimestamp(1, now);
                    ps.setLong(2, id);
                }));
    }

    /**
     * Unfinished imports whose heartbeat is older than {@code staleBefore} (null: every unfinished one), which
     * no node works on any more: their ids, each then ended by {@link #failIfUnfinished}.
     */
    List<Stored> unfinished(LocalDateTime staleBefore) {
        return staleBefore == null
                ? jdbc.query("select * from staff_import where status not in ('DONE', 'FAILED') order by id",
                        ImportRecords::stored)
                : jdbc.query("select * from staff_import where status not in ('DONE', 'FAILED') and "
                        + "(heartbeat_at is null or heartbeat_at < ?) order by id", ImportRecords::stored,
                        Timestamp.valueOf(staleBefore));
    }

    /** Ends an import as failed unless it has finished meanwhile; true if this call ended it. */
    boolean failIfUnfinished(long id, String message) {
        return jdbc.update("update staff_import set status = ?, message = ?, finished_at = ? where id = ? "
                + "and status not in ('DONE', 'FAILED')", ImportStatus.FAILED.name(), cut(message, 1000),
                Timestamp.valueOf(LocalDateTime.now(clock)), id) == 1;
    }

    /** The final state, in the caller's transaction (with the rows, or with the errors). */
    void finish(long id, ImportStatus status, int processed, String message) {
        jdbc.update("update staff_import set status = ?, processed = ?, message = ?, finished_at = ? where id = ?",
                status.name(), processed, cut(message, 1000), Timestamp.valueOf(LocalDateTime.now(clock)), id);
    }

    void saveErrors(long id, List<ImportView.RowError> errors) {
        jdbc.batchUpdate("insert into staff_import_error (import_id, row_no, message) values (?, ?, ?)", errors,
                500, (ps, e) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, e.row());
                    ps.setString(3, cut(e.message(), 1000));
                });
    }

    Optional<Stored> find(long id) {
        return jdbc.query("select * from staff_import where id = ?", ImportRecords::stored, id).stream().findFirst();
    }

    List<ImportView.RowError> errors(long id, int limit) {
        return jdbc.query("select row_no, message from staff_import_error where import_id = ? order by row_no, id "
                + "limit ?", (rs, i) -> new ImportView.RowError(rs.getInt(1), rs.getString(2)), id, limit);
    }

    List<Stored> recent(Long agencyId, int limit) {
        return jdbc.query("select * from staff_import where agency_id = ? order by id desc limit ?",
                ImportRecords::stored, agencyId, limit);
    }

    private static Stored stored(ResultSet rs, int i) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Stored(rs.getLong("id"), rs.getLong("agency_id"), ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("processed"), rs.getInt("total"), rs.getString("file_name"), rs.getString("message"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime(),
                finished == null ? null : finished.toLocalDateTime());
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
