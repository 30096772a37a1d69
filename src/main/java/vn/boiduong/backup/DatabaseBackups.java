package vn.boiduong.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.IllegalTransitionException;
import vn.boiduong.common.NotFoundException;
import vn.boiduong.common.Role;

/**
 * Online backups of the embedded H2 database with {@code BACKUP TO}: H2 copies the database file as of
 * one committed moment (MVCC; writers go on meanwhile) into a zip, which is the whole database and opens
 * as it is once unzipped. The backups are kept in one folder and listed newest first. A whole-installation
 * act: every agency's records are in the file, so only the administrator may take or download one.
 */
@Service
public class DatabaseBackups {

    /** One backup file. */
    public record Backup(String name, long sizeBytes, LocalDateTime takenAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final Pattern NAME = Pattern.compile("boiduong-\\d{8}-\\d{6}(-\\d{1,3})?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final JdbcTemplate jdbc;
    private final Path dir;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final String url;

    DatabaseBackups(JdbcTemplate jdbc, DataSource dataSource, @Value("${boiduong.backup.dir:./backups}") Path dir,
            Clock clock, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dir = dir.toAbsolutePath().normalize();
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.url = url(dataSource);
    }

    /** H2 in a file: backed up here. PostgreSQL (or H2 in memory, for tests): not by the application. */
    public boolean supported() {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:mem:");
    }

    public boolean onPostgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    public Path folder() {
        return dir;
    }

    /** Takes a backup now; 409 where the database is not the embedded one (PostgreSQL: pg_dump). */
    public Backup create(Actor actor) {
        actor.require(Role.ADMIN);
        if (!supported()) {
            throw new IllegalTransitionException(onPostgres()
                    ? "Cơ sở dữ liệu PostgreSQL được sao lưu bằng pg_dump trên máy chủ cơ sở dữ liệu (xem hướng dẫn "
                            + "sao lưu, docs/backup.md), không sao lưu từ ứng dụng."
                    : "Cơ sở dữ liệu trong bộ nhớ không sao lưu được.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = freeName(LocalDateTime.now(clock));
        long started = System.nanoTime();
        // the path is ours (a folder from the configuration and a name of digits); quotes doubled all the same
        jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        Backup b = describe(file);
        log.info("Database backup {} ({} bytes) in {} ms", file, b.sizeBytes(), (System.nanoTime() - started) / 1_000_000);
        transaction.executeWithoutResult(tx -> events.publishEvent(new AuditEvent(actor.username(), "BACKUP", "backup",
                b.name(), "Sao lưu cơ sở dữ liệu: " + b.name() + " (" + b.sizeBytes() + " byte)")));
        return b;
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list(Actor actor) {
        actor.require(Role.ADMIN);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).map(this::describe)
                    .sorted(Comparator.comparing(Backup::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of one backup, by its name as listed (nothing else of the disk is reachable). */
    public Path file(Actor actor, String name) {
        actor.require(Role.ADMIN);
        if (name == null || !NAME.matcher(name).matches() || !Files.isRegularFile(dir.resolve(name))) {
            throw new NotFoundException("bản sao lưu này");
        }
        return dir.resolve(name);
    }

    private Path freeName(LocalDateTime at) {
        String stamp = STAMP.format(at);
        Path file = dir.resolve("boiduong-" + stamp + ".zip");
        for (int i = 2; Files.exists(file); i++) {
            file = dir.resolve("boiduong-" + stamp + "-" + i + ".zip");
        }
        return file;
    }

    private Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), LocalDateTime.ofInstant(
                    Files.getLastModifiedTime(file).toInstant(), clock.getZone() == null ? ZoneId.systemDefault()
                            : clock.getZone()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            return "";
        }
    }
}
