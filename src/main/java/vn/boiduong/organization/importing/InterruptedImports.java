package vn.boiduong.organization.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.AuditEvent;

/**
 * Imports cut off by a stop of their node (a kill, a crash, a power cut) are ended as failed, with a
 * Vietnamese message, instead of staying "SAVING" for ever. Their rows were written in one transaction
 * that never committed, so nothing of the file is in the database and the same file can simply be
 * uploaded again.
 *
 * <p>A node holds its imports in memory (StaffImportJob) and touches their {@code heartbeat_at} every
 * {@code boiduong.imports.heartbeat} (30 s); an unfinished import whose heartbeat is older than
 * {@code boiduong.imports.stale-after} (2 min) belongs to no live node. That rule is applied at start-up
 * and by every node at each heartbeat, so on several nodes a node's restart never ends another node's
 * running import. On the embedded H2 file database only one process can open the database, so at
 * start-up every unfinished import that this node does not hold is a cut-off one and is ended at once.
 */
@Component
class InterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final ImportRecords records;
    private final StaffImportJob job;
    private final ImportMessages messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration staleAfter;
    private final boolean onlyNode;

    InterruptedImports(ImportRecords records, StaffImportJob job, ImportMessages messages,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
            DataSource dataSource, @Value("${boiduong.imports.stale-after:PT2M}") Duration staleAfter) {
        this.records = records;
        this.job = job;
        this.messages = messages;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.onlyNode = embeddedFileDatabase(dataSource);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        int ended = endInterrupted(onlyNode ? null : LocalDateTime.now(clock).minus(staleAfter));
        if (ended > 0) {
            log.warn("{} staff import(s) cut off by a stop were marked failed", ended);
        }
    }

    @Scheduled(fixedDelayString = "${boiduong.imports.heartbeat:PT30S}",
            initialDelayString = "${boiduong.imports.heartbeat:PT30S}")
    void heartbeat() {
        records.heartbeat(job.held());
        endInterrupted(LocalDateTime.now(clock).minus(staleAfter));
    }

    /** Ends every unfinished import older than the bound (null: any) that this node does not hold; how many. */
    int endInterrupted(LocalDateTime staleBefore) {
        Set<Long> mine = job.held();
        String message = messages.vi("import.failed.interrupted");
        int ended = 0;
        for (ImportRecords.Stored s : records.unfinished(staleBefore)) {
            if (mine.contains(s.id())) {
                continue;
            }
            Boolean done = transaction.execute(tx -> {
                if (!records.failIfUnfinished(s.id(), message)) {
                    return false;
                }
                events.publishEvent(new AuditEvent(s.createdBy(), "IMPORT_FAILED", "staff-import",
                        String.valueOf(s.id()), messages.vi("import.audit.failed", s.fileName(), message)));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                ended++;
            }
        }
        return ended;
    }

    /** An H2 database in a file opened by this process alone (no AUTO_SERVER, no TCP server, not in memory). */
    static boolean embeddedFileDatabase(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return embeddedFileUrl(c.getMetaData().getURL());
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean embeddedFileUrl(String url) {
        String u = url == null ? "" : url.toUpperCase(Locale.ROOT);
        return u.startsWith("JDBC:H2:") && !u.startsWith("JDBC:H2:MEM:") && !u.startsWith("JDBC:H2:TCP:")
                && !u.startsWith("JDBC:H2:SSL:") && !u.contains("AUTO_SERVER=TRUE");
    }
}
