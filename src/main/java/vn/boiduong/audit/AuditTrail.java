package vn.boiduong.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.audit.internal.AuditChainStore;
import vn.boiduong.audit.internal.AuditRepository;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserDirectory;

/** Appends every {@link AuditEvent} in the writer's own transaction, and reads the trail back. */
@Service
public class AuditTrail {

    /** The types api.md names; later modules add theirs here. */
    public static final Set<String> TYPES = Set.of("staff", "need", "plan", "class", "record-set", "user",
            "staff-import", "procedure", "agency", "competency", "form", "supervision-visit", "fixity",
            "retention-rule", "results-report", "plan-budget", "certificate", "training-institution", "backup");

    public record Line(String at, String actor, String action, String type, String id, String detail) {
    }

    /**
     * The result of checking the chain: intact, or the first broken link (its place in the chain, the
     * entry's id when there is one, and what is wrong, in Vietnamese).
     */
    public record ChainCheck(boolean intact, long checked, Long brokenAt, Long entryId, String problem) {
    }

    private static final int CHECK_BATCH = 5000;

    private final AuditRepository entries;
    private final AuditChainStore chain;
    private final Clock clock;
    private final UserDirectory users;

    AuditTrail(AuditRepository entries, AuditChainStore chain, Clock clock, UserDirectory users) {
        this.entries = entries;
        this.chain = chain;
        this.clock = clock;
        this.users = users;
    }

    /**
     * Same transaction as the write (MANDATORY-like): a write and its trace commit or roll back together.
     * The entry extends the chain's head, which stays locked until that transaction ends, so concurrent
     * writers queue here (for as long as the rest of their transaction) and never fork the chain.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditEvent e) {
        Long agencyId = e.agencyId() != null ? e.agencyId() : users.agencyIdOf(e.actor()).orElse(null);
        AuditChainStore.Head head = chain.lockHead();
        long seq = head.lastSeq() + 1;
        AuditEntry entry = entries.save(new AuditEntry(LocalDateTime.now(clock), e.actor(), e.action(), e.type(),
                e.id(), e.detail(), agencyId, seq, head.lastHash()));
        chain.moveHead(seq, entry.getEntryHash());
    }

    /**
     * Takes the chain's head now, for a writer that locks rows of its own and appends several lines in
     * one transaction (the archive's filing): the head is locked at the first line anyway, and taking it
     * first gives every such writer one lock order — the head, then its own rows — so two of them never
     * wait for each other in a circle (H2 rolled one back with "Deadlock detected" when a plan's filing
     * held the head and wanted a record set a certificate's filing held while it waited for the head).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockChainFirst() {
        chain.lockHead();
    }

    /**
     * Walks the whole chain in order and reports its first broken link: an entry whose fields no longer
     * give its hash (edited), whose link does not hold the previous entry's hash, a missing place
     * (deleted), an entry outside the chain, or a head past the last entry (the newest deleted).
     */
    @Transactional(readOnly = true)
    public ChainCheck check(Actor actor) {
        actor.require(Role.ADMIN);
        AuditChainStore.Head head = chain.head();
        long expected = 1;
        String prev = AuditChain.GENESIS;
        while (true) {
            List<AuditChainStore.Stored> batch = chain.after(expected - 1, head.lastSeq(), CHECK_BATCH);
            for (AuditChainStore.Stored s : batch) {
                if (s.seq() != expected) {
                    return new ChainCheck(false, expected - 1, expected, null,
                            "Thiếu bản ghi thứ " + expected + " của chuỗi (đã bị xóa).");
                }
                if (!prev.equals(s.prevHash())) {
                    return new ChainCheck(false, expected - 1, expected, s.id(), "Bản ghi thứ " + expected
                            + " không nối với bản ghi trước (mã băm của bản ghi trước không khớp).");
                }
                if (!AuditChainStore.rehash(s).equals(s.entryHash())) {
                    return new ChainCheck(false, expected - 1, expected, s.id(), "Bản ghi thứ " + expected
                            + " đã bị sửa sau khi ghi (nội dung không còn khớp mã băm).");
                }
                prev = s.entryHash();
                expected++;
            }
            if (batch.size() < CHECK_BATCH) {
                break;
            }
        }
        long checked = expected - 1;
        if (checked < head.lastSeq()) {
            return new ChainCheck(false, checked, expected, null,
                    "Thiếu bản ghi thứ " + expected + " của chuỗi (đã bị xóa).");
        }
        if (!prev.equals(head.lastHash())) {
            return new ChainCheck(false, checked, checked, null,
                    "Bản ghi cuối của chuỗi không khớp với mã băm đã lưu ở đầu chuỗi.");
        }
        Long outside = chain.firstOutsideChain();
        if (outside != null) {
            return new ChainCheck(false, checked, null, outside,
                    "Bản ghi mã " + outside + " nằm ngoài chuỗi (vị trí trong chuỗi đã bị xóa).");
        }
        return new ChainCheck(true, checked, null, null, null);
    }

    /**
     * The trail of the actor's agency; the installation administrator reads every agency's and the
     * installation's own lines. Someone with none of the roles: 403; a person without an agency who is
     * not the installation administrator reads nothing.
     */
    @Transactional(readOnly = true)
    public PageResponse<Line> find(Actor actor, String type, String id, Pageable pageable) {
        actor.require(Role.OFFICE_CHIEF, Role.DIRECTOR, Role.ADMIN);
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw InvalidInputException.of("type", "Loại đối tượng không hợp lệ. Chọn một trong: " + TYPES);
        }
        var page = actor.isInstallationAdministrator() ? entries.find(blankToNull(type), blankToNull(id), pageable)
                : entries.findInAgency(actor.agencyId() == null ? -1L : actor.agencyId(), blankToNull(type),
                        blankToNull(id), pageable);
        return PageResponse.of(page,
                a -> new Line(a.getAt().toString(), a.getActor(), a.getAction(), a.getType(), a.getEntityId(),
                        a.getDetail()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
