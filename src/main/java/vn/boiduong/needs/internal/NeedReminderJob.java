package vn.boiduong.needs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ReminderSchedule;
import vn.boiduong.needs.NeedCollection;
import vn.boiduong.needs.NeedCollectionDue;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * Every morning ({@code boiduong.reminders.cron}, on one node: ShedLock), finds the collections of
 * needs whose due date is near or just missed and publishes {@link NeedCollectionDue} with the
 * units that have sent nothing. Each collection in its own transaction, so one failing does not
 * hold back the others' reminders.
 */
@Component
public class NeedReminderJob {

    static final String LOCK = "needs-collection-reminders";
    private static final Logger log = LoggerFactory.getLogger(NeedReminderJob.class);

    private final NeedCollectionRepository collections;
    private final NeedRepository needs;
    private final UnitService units;
    private final ReminderSchedule schedule;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    NeedReminderJob(NeedCollectionRepository collections, NeedRepository needs, UnitService units,
            ReminderSchedule schedule, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.collections = collections;
        this.needs = needs;
        this.units = units;
        this.schedule = schedule;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${boiduong.reminders.cron:0 0 7 * * *}", zone = "${boiduong.reminders.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M")
    public void runScheduled() {
        int n = remindFor(LocalDate.now(clock));
        log.info("Needs collection reminders: {} collection(s) near or past their due date", n);
    }

    /** The run of one day (the tests give the date); returns how many collections were reminded of. */
    public int remindFor(LocalDate today) {
        List<NeedCollection> due = collections.findByDueDateBetweenOrderById(schedule.earliestDue(today),
                schedule.latestDue(today));
        // the notice is written now, whatever day the run is for
        LocalDateTime at = LocalDateTime.now(clock);
        int reminded = 0;
        for (NeedCollection c : due) {
            Optional<ReminderSchedule.Due> stage = schedule.on(c.getDueDate(), today);
            if (stage.isEmpty()) {
                continue;
            }
            try {
                Boolean published = tx.execute(s -> publish(c, stage.get(), at));
                reminded += Boolean.TRUE.equals(published) ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("Reminders of the needs collection {} ({}) failed", c.getId(), c.getYear(), e);
            }
        }
        return reminded;
    }

    private boolean publish(NeedCollection c, ReminderSchedule.Due stage, LocalDateTime at) {
        Set<Long> sent = new HashSet<>();
        needs.submissions(c.getAgencyId(), c.getYear()).forEach(s -> sent.add(s.getUnitId()));
        // units are read through an actor of the agency without roles: no person is acting here
        List<Long> notSent = units.unitsOf(new Actor(null, "system", "system", Set.of(), null, c.getAgencyId()))
                .stream().filter(Unit::isActive).map(Unit::getId).filter(id -> !sent.contains(id)).toList();
        if (notSent.isEmpty()) {
            return false;
        }
        events.publishEvent(new NeedCollectionDue(c.getAgencyId(), c.getId(), c.getYear(), c.getDueDate(),
                stage.stage(), stage.daysLeft(), notSent, at));
        return true;
    }
}
