package vn.boiduong.needs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Actor;
import vn.boiduong.needs.internal.NeedRepository;

/**
 * Seeding: work done at start-up on someone's behalf (the demo's year of history): the same rules,
 * rights, events and audit as a person's request, at a given moment in the past. Not reachable
 * from the web.
 *
 * <p>Setting the moment is what a request cannot do, so this is the module's named interface
 * {@code seeding}, not part of its ordinary face: only the seeders ({@code demo}, {@code scale})
 * may use it, which {@code ModularityTest} checks.
 */
@NamedInterface(name = "seeding", propagate = false)
@Service
@Transactional
public class NeedsSetup {

    private final NeedService needs;
    private final NeedCollections collections;
    private final NeedConsolidation consolidation;
    private final NeedRepository repository;

    NeedsSetup(NeedService needs, NeedCollections collections, NeedConsolidation consolidation,
            NeedRepository repository) {
        this.needs = needs;
        this.collections = collections;
        this.consolidation = consolidation;
        this.repository = repository;
    }

    public boolean agencyHasNeeds(Long agencyId) {
        return repository.existsByAgencyId(agencyId);
    }

    public void openCollection(Actor actor, int year, LocalDate dueDate, LocalDateTime at) {
        collections.open(actor, year, dueDate, at, false);
    }

    public Long create(Actor actor, NeedData data, LocalDateTime at) {
        return needs.create(actor, data, at).id();
    }

    public void submit(Actor actor, Long id, LocalDateTime at) {
        needs.submit(actor, id, at);
    }

    public void returnTo(Actor actor, Long id, String reason, LocalDateTime at) {
        needs.returnTo(actor, id, reason, at);
    }

    public void accept(Actor actor, Long id, LocalDateTime at) {
        needs.accept(actor, id, at);
    }

    public Long merge(Actor actor, int year, List<Long> ids, String title, LocalDateTime at) {
        return consolidation.merge(actor, year, ids, title, null, at).getId();
    }
}
