package vn.boiduong.organization.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.organization.Staff;

/**
 * The background part of an import: checks every row, then writes all of them in one transaction,
 * or, if any row is bad, writes none and stores the reasons. Progress goes to the database as it
 * moves. Runs on its own small pool (not a bean, so the application's default executor is untouched):
 * two imports at a time on a two-core server, more wait in line.
 */
@Component
class StaffImportJob implements DisposableBean {

    record Task(long id, Long agencyId, String username, String fileName, List<SheetRow> rows,
            Map<String, RowChecker.UnitRef> units) {
    }

    static final int PROGRESS_EVERY = 1000;
    private static final Logger log = LoggerFactory.getLogger(StaffImportJob.class);

    private final ImportRecords records;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ImportMessages messages;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    /** Imports this node holds, queued or running: InterruptedImports keeps their heartbeat going. */
    private final Set<Long> held = java.util.concurrent.ConcurrentHashMap.newKeySet();

    StaffImportJob(ImportRecords records, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, ImportMessages messages, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(50);
        executor.setThreadNamePrefix("staff-import-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        executor.initialize();
    }

    void submit(Task task) {
        held.add(task.id());
        try {
            executor.execute(() -> run(task));
        } catch (TaskRejectedException e) {
            held.remove(task.id());
            fail(task, 0, messages.vi("import.failed.busy"));
        }
    }

    /** The ids of the imports this node holds now. */
    Set<Long> held() {
        return Set.copyOf(held);
    }

    void run(Task task) {
        try {
            work(task);
        } finally {
            held.remove(task.id());
        }
    }

    private void work(Task task) {
        try {
            List<Staff> staff = check(task);
            if (staff != null) {
                save(task, staff);
            }
        } catch (DataIntegrityViolationException e) {
            log.info("Staff import {} refused by the database: {}", task.id(), e.getMostSpecificCause().getMessage());
            fail(task, 0, messages.vi("import.failed.conflict"));
        } catch (RuntimeException e) {
            log.error("Staff import {} failed", task.id(), e);
            fail(task, 0, messages.vi("import.failed.unexpected"));
        }
    }

    /** The new staff if every row is good; otherwise stores the reasons, ends the import and answers null. */
    private List<Staff> check(Task task) {
        records.progress(task.id(), ImportStatus.VALIDATING, 0);
        Set<String> existing = new HashSet<>(jdbc.queryForList("select code from staff where agency_id = ?",
                String.class, task.agencyId()));
        RowChecker checker = new RowChecker(task.agencyId(), task.units(), existing, LocalDate.now(clock),
                messages::vi);
        List<SheetRow> rows = task.rows();
        int total = rows.size();
        List<Staff> staff = new ArrayList<>(total);
        List<ImportView.RowError> errors = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < total; i++) {
            SheetRow row = rows.get(i);
            rows.set(i, null); // the sheet text is no longer needed once checked
            RowChecker.Outcome outcome = checker.check(row);
            if (outcome.staff() != null) {
                staff.add(outcome.staff());
            } else {
                bad++;
                if (errors.size() < StaffImportService.MAX_LISTED_ERRORS) {
                    errors.add(new ImportView.RowError(row.rowNo(), sentence(outcome.problems())));
                }
            }
            if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < total) {
                records.progress(task.id(), ImportStatus.VALIDATING, i + 1);
            }
        }
        if (bad == 0) {
            return staff;
        }
        int badRows = bad;
        String message = bad > errors.size()
                ? messages.vi("import.result.failedMany", number(bad), number(total), number(errors.size()))
                : messages.vi("import.result.failed", number(bad), number(total));
        transaction.executeWithoutResult(tx -> {
            records.saveErrors(task.id(), errors);
            records.finish(task.id(), ImportStatus.FAILED, total, message);
            audit(task, "IMPORT_REJECTED", messages.vi("import.audit.rejected", task.fileName(), number(badRows),
                    number(total)));
        });
        return null;
    }

    private void save(Task task, List<Staff> staff) {
        int total = staff.size();
        records.progress(task.id(), ImportStatus.SAVING, 0);
        transaction.executeWithoutResult(tx -> {
            StaffBatchWriter.insert(jdbc, staff, written -> {
                if (written < total) {
                    records.progress(task.id(), ImportStatus.SAVING, written);
                }
            });
            records.finish(task.id(), ImportStatus.DONE, total, messages.vi("import.result.done", number(total)));
            audit(task, "IMPORT", messages.vi("import.audit.done", number(total), task.fileName()));
        });
        log.info("Staff import {}: {} staff saved from {}", task.id(), total, task.fileName());
    }

    private void fail(Task task, int processed, String message) {
        try {
            transaction.executeWithoutResult(tx -> {
                records.finish(task.id(), ImportStatus.FAILED, processed, message);
                audit(task, "IMPORT_FAILED", messages.vi("import.audit.failed", task.fileName(), message));
            });
        } catch (RuntimeException e) {
            log.error("Staff import {}: could not record the failure", task.id(), e);
        }
    }

    /** One entry in the trail per import, by the person who uploaded it (this thread has no signed-in user). */
    private void audit(Task task, String action, String detail) {
        events.publishEvent(new AuditEvent(task.username(), action, "staff-import", String.valueOf(task.id()),
                detail));
    }

    /** "thiếu …; …" → "Thiếu …; …". */
    static String sentence(List<String> problems) {
        String s = String.join("; ", problems);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    /** 50000 → "50.000", the Vietnamese way. */
    static String number(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
