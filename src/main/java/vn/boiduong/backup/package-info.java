/**
 * Backups of the database (docs/backup.md). On the embedded H2 database the administrator takes a
 * consistent online backup from /admin/backup or with one HTTP call ({@code POST /api/v1/backups}):
 * H2's {@code BACKUP TO}, a zip of the database file as of one moment, written to
 * {@code boiduong.backup.dir} ({@code ./backups}); restoring is unzipping it into {@code ./data} while
 * the application is stopped. On PostgreSQL the database's own tools do it ({@code pg_dump -Fc} and
 * {@code pg_restore}); every record, evidence files included (they are rows of evidence_file), is in the
 * database, so the dump is the whole backup.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.backup;
