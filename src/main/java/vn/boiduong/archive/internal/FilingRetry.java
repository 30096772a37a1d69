package vn.boiduong.archive.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Filing is never dropped: an event whose listener failed (a document that could not be rendered,
 * the database briefly away) stays an incomplete publication in the registry, and this job hands
 * it to its listener again every ten minutes on one node, besides the republication at start-up.
 * Only publications older than ten minutes are taken, so none still in flight is run twice.
 */
@Component
class FilingRetry {

    private final IncompleteEventPublications incomplete;

    FilingRetry(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(cron = "${boiduong.archive.retry-cron:0 */10 * * * *}")
    @SchedulerLock(name = "event-publication-retry", lockAtMostFor = "PT9M")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(10));
    }
}
