package vn.boiduong.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.boiduong.archive.internal.ArchiveStore;
import vn.boiduong.archive.internal.FileStore;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;

/**
 * The fixity check (kiểm tra tính toàn vẹn): each night, under the database lock (one node), the
 * stored files of one share of the store are read again and hashed — share {@code epochDay mod N}
 * of N by the hash's first byte, so the whole store is covered every N nights (7 by default) without
 * reading all of it in one night. Each run is a row (the "biên bản": when, what was checked, the
 * outcome, the files changed, missing or unknown). The row is written as RUNNING before the first
 * file is read and committed alone, so a run that crashes stays behind as RUNNING and is then marked
 * FAILED — never PASSED. A difference is an audit line and a notice to the Office of each agency
 * whose documents use the file.
 */
@Service
public class FixityCheck {

    public static final String AUDIT_TYPE = "fixity";
    static final String LOCK = "archive-fixity";
    private static final Logger log = LoggerFactory.getLogger(FixityCheck.class);

    /** A run's outcome as the page shows it. */
    public record Outcome(Long runId, String status, int filesChecked, long bytesChecked, int changed, int missing,
            int unknown) {
    }

    private final ArchiveStore store;
    private final FileStore files;
    private final ArchiveService archive;
    private final ArchivePolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int shares;

    FixityCheck(ArchiveStore store, FileStore files, ArchiveService archive, ArchivePolicy policy, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, @Value("${boiduong.archive.fixity-shares:7}") int shares) {
        this.store = store;
        this.files = files;
        this.archive = archive;
        this.policy = policy;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.shares = Math.max(1, shares);
    }

    @Scheduled(cron = "${boiduong.archive.fixity-cron:0 30 1 * * *}", zone = "${boiduong.reminders.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT6H", lockAtLeastFor = "PT1M")
    public void nightly() {
        LocalDate today = LocalDate.now(clock);
        run((int) Math.floorMod(today.toEpochDay(), shares), shares);
    }

    /** The whole store at once (the Office's "check now", and the tests). */
    public Outcome runAll() {
        return run(0, 1);
    }

    /** Runs share {@code index} of {@code count}. */
    public Outcome run(int index, int count) {
        LocalDateTime started = LocalDateTime.now(clock);
        // runs a stopped node left RUNNING (older than the lock could be held) are failed, not passed
        tx.executeWithoutResult(s -> store.failAbandonedRuns(started.minus(Duration.ofHours(6)), started));
        Long runId = tx.execute(s -> store.startRun(index, count, started));
        try {
            return check(runId, index, count);
        } catch (RuntimeException | Error e) {
            log.error("Fixity run {} failed", runId, e);
            tx.executeWithoutResult(s -> {
                store.finishRun(runId, "FAILED", 0, 0, 0, 0, 0, cut("Lỗi khi kiểm tra: " + e), LocalDateTime.now(clock));
                events.publishEvent(new AuditEvent("system", "FIXITY_FAILED", AUDIT_TYPE, String.valueOf(runId),
                        "Lần kiểm tra tính toàn vẹn bị lỗi: " + cut(String.valueOf(e.getMessage())), null));
            });
            throw e;
        }
    }

    private Outcome check(Long runId, int index, int count) {
        List<ArchiveStore.FileRow> rows = store.filesOfShare(index, count);
        int checked = 0;
        long bytes = 0;
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ArchiveStore.FileRow f : rows) {
            LocalDateTime now = LocalDateTime.now(clock);
            var stored = archive.rehash(f.sha256());
            if (stored.isEmpty()) {
                missing.add(f.sha256());
                tx.executeWithoutResult(s -> store.fileChecked(f.sha256(), false, now));
                continue;
            }
            String actual = stored.get().sha256();
            long size = stored.get().size();
            checked++;
            bytes += size;
            boolean ok = actual.equals(f.sha256()) && size == f.size();
            if (!ok) {
                changed.add(f.sha256());
            }
            tx.executeWithoutResult(s -> store.fileChecked(f.sha256(), ok, now));
        }
        List<String> unknown = files.unknown(allKnown()).stream().filter(h -> h.length() < 2 || count == 1
                || ArchiveStore.share(h, count) == index).sorted().toList();
        String status = changed.isEmpty() && missing.isEmpty() && unknown.isEmpty() ? "PASSED" : "DIFFERENCES";
        int filesChecked = checked;
        long bytesChecked = bytes;
        tx.executeWithoutResult(s -> {
            changed.forEach(h -> store.addFinding(runId, h, "CHANGED"));
            missing.forEach(h -> store.addFinding(runId, h, "MISSING"));
            unknown.forEach(h -> store.addFinding(runId, cut200(h), "UNKNOWN"));
            store.finishRun(runId, status, filesChecked, bytesChecked, changed.size(), missing.size(), unknown.size(),
                    detail(index, count, changed, missing, unknown), LocalDateTime.now(clock));
            if (!"PASSED".equals(status)) {
                List<String> differing = new ArrayList<>(changed);
                differing.addAll(missing);
                List<Long> agencies = store.agenciesOf(differing);
                String text = "Kiểm tra tính toàn vẹn lần " + runId + ": " + changed.size() + " tệp bị thay đổi, "
                        + missing.size() + " tệp bị mất, " + unknown.size() + " tệp không rõ nguồn gốc.";
                events.publishEvent(new AuditEvent("system", "FIXITY_DIFFERENCE", AUDIT_TYPE, String.valueOf(runId), text, null));
                agencies.forEach(a -> events.publishEvent(new AuditEvent("system", "FIXITY_DIFFERENCE", AUDIT_TYPE,
                        String.valueOf(runId), text, a)));
                events.publishEvent(new ArchiveEvents.FixityDifferences(runId, agencies, changed.size(), missing.size(),
                        unknown.size()));
            }
        });
        return new Outcome(runId, status, filesChecked, bytesChecked, changed.size(), missing.size(), unknown.size());
    }

    private Set<String> allKnown() {
        Set<String> known = new HashSet<>();
        store.filesOfShare(0, 1).forEach(f -> known.add(f.sha256()));
        return known;
    }

    private static String detail(int index, int count, List<String> changed, List<String> missing, List<String> unknown) {
        StringBuilder b = new StringBuilder("Phần " + (index + 1) + "/" + count + " của kho lưu trữ.");
        if (!changed.isEmpty()) {
            b.append(" Thay đổi: ").append(String.join(", ", changed)).append('.');
        }
        if (!missing.isEmpty()) {
            b.append(" Mất: ").append(String.join(", ", missing)).append('.');
        }
        if (!unknown.isEmpty()) {
            b.append(" Không rõ: ").append(String.join(", ", unknown)).append('.');
        }
        return cut(b.toString());
    }

    private static String cut(String s) {
        return s.length() > 3900 ? s.substring(0, 3900) + "…" : s;
    }

    private static String cut200(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /** The runs for the page: the Office and the Director of an agency, the administrator. */
    public List<ArchiveStore.FixityRun> runs(Actor actor, int limit) {
        if (!policy.read(actor).isAllowed()) {
            policy.editRetention(actor).orThrow();
        }
        return store.runs(limit);
    }

    public List<ArchiveStore.Finding> findings(Actor actor, Long runId) {
        if (!policy.read(actor).isAllowed()) {
            policy.editRetention(actor).orThrow();
        }
        store.run(runId).orElseThrow(() -> new vn.boiduong.common.NotFoundException("lần kiểm tra"));
        return store.findings(runId);
    }
}
