package vn.boiduong.notification.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code reminder_sent}: which reminders went out, one row per reminder under a unique key. */
@Repository
class ReminderLog {

    private final JdbcTemplate jdbc;

    ReminderLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the row unless it exists; true when this call wrote it. ON CONFLICT DO NOTHING (PostgreSQL,
     * and H2 in PostgreSQL mode) leaves the transaction usable when another run got there first,
     * where a caught unique-key violation would abort it on PostgreSQL.
     */
    boolean recordOnce(Long recipientId, Reminders.Key key, LocalDateTime at, String emailedTo) {
        int rows = jdbc.update("insert into reminder_sent (recipient_id, subject, due_kind, due_date, stage, sent_at, "
                + "emailed_to) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                recipientId, key.subject(), key.dueKind(), Date.valueOf(key.dueDate()), key.stage(),
                Timestamp.valueOf(at), emailedTo);
        return rows == 1;
    }

    /** How many reminders of a subject went out (all recipients, kinds and stages). */
    int countFor(String subject) {
        Integer n = jdbc.queryForObject("select count(*) from reminder_sent where subject = ?", Integer.class, subject);
        return n == null ? 0 : n;
    }
}
