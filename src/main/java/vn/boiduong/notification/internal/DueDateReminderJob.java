package vn.boiduong.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.ReminderSchedule;
import vn.boiduong.procedure.DueDateSource;
import vn.boiduong.procedure.PendingDueDate;

/**
 * The one reminder job of every due date: each morning ({@code boiduong.reminders.cron}, on one node:
 * ShedLock) it asks every {@link DueDateSource} (needs, planning, …) for the dates near or just
 * missed (common's {@link ReminderSchedule}) and has {@link DueDateReminders} remind whoever has to
 * meet them. Each date in its own transaction, read again there, so one failing does not hold back
 * the others and a date met since the query is left alone. Certificates expiring within 30 days are
 * reminded of too ({@link CertificateExpiryReminders}), each in its own transaction.
 */
@Component
public class DueDateReminderJob {

    static final String LOCK = "due-date-reminders";
    private static final Logger log = LoggerFactory.getLogger(DueDateReminderJob.class);

    private final List<DueDateSource> sources;
    private final DueDateReminders reminders;
    private final CertificateExpiryReminders certificates;
    private final ReminderSchedule schedule;
    private final TransactionTemplate tx;
    private final Clock clock;

    DueDateReminderJob(List<DueDateSource> sources, DueDateReminders reminders,
            CertificateExpiryReminders certificates, ReminderSchedule schedule, TransactionTemplate tx, Clock clock) {
        this.sources = sources;
        this.reminders = reminders;
        this.certificates = certificates;
        this.schedule = schedule;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${boiduong.reminders.cron:0 0 7 * * *}", zone = "${boiduong.reminders.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M")
    public void runScheduled() {
        int n = remindFor(LocalDate.now(clock));
        log.info("Due-date reminders: {} due date(s) reminded of", n);
    }

    /**
     * The run of one day (the tests give the date); returns how many due dates someone was reminded
     * of by this run (a date whose reminders of the stage went out before counts no more), certificates
     * whose expiry was reminded of included.
     */
    public int remindFor(LocalDate today) {
        LocalDate from = schedule.earliestDue(today);
        LocalDate to = schedule.latestDue(today);
        // the notice is written now, whatever day the run is for
        LocalDateTime at = LocalDateTime.now(clock);
        int reminded = 0;
        for (DueDateSource source : sources) {
            List<PendingDueDate> pending;
            try {
                pending = source.pendingBetween(from, to);
            } catch (RuntimeException e) {
                log.error("Due dates of {} could not be read", source.getClass().getSimpleName(), e);
                continue;
            }
            for (PendingDueDate due : pending) {
                reminded += remind(source, due, today, at) ? 1 : 0;
            }
        }
        List<Long> expiring;
        try {
            expiring = certificates.due(today);
        } catch (RuntimeException e) {
            log.error("Expiring certificates could not be read", e);
            expiring = List.of();
        }
        for (Long certificateId : expiring) {
            try {
                reminded += Boolean.TRUE.equals(tx.execute(s -> certificates.remind(certificateId, today, at))) ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("Reminders of certificate {} failed", certificateId, e);
            }
        }
        return reminded;
    }

    private boolean remind(DueDateSource source, PendingDueDate due, LocalDate today, LocalDateTime at) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> source.pending(due.kind(), due.subjectId())
                    .flatMap(now -> schedule.on(now.dueDate(), today).map(stage -> reminders.remind(now, stage, at)))
                    .orElse(false)));
        } catch (RuntimeException e) {
            log.error("Reminders of {} {} failed", due.kind(), due.subjectId(), e);
            return false;
        }
    }
}
