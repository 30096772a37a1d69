package vn.boiduong.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.audit.internal.AuditRepository;
import vn.boiduong.common.Actor;
import vn.boiduong.common.AuditEvent;
import vn.boiduong.common.InvalidInputException;
import vn.boiduong.common.PageResponse;
import vn.boiduong.common.Role;

/** Appends every {@link AuditEvent} in the writer's own transaction, and reads the trail back. */
@Service
public class AuditTrail {

    /** The types api.md names; later modules add theirs here. */
    public static final Set<String> TYPES = Set.of("staff", "need", "plan", "class", "record-set", "user",
            "staff-import", "procedure", "agency", "competency", "form");

    public record Line(String at, String actor, String action, String type, String id, String detail) {
    }

    private final AuditRepository entries;
    private final Clock clock;

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Same transaction as the write (MANDATORY-like): a write and its trace commit or roll back together. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditEvent e) {
        entries.save(new AuditEntry(LocalDateTime.now(clock), e.actor(), e.action(), e.type(), e.id(), e.detail()));
    }

    @Transactional(readOnly = true)
    public PageResponse<Line> find(Actor actor, String type, String id, Pageable pageable) {
        actor.require(Role.OFFICE_CHIEF, Role.DIRECTOR, Role.ADMIN);
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw InvalidInputException.of("type", "Loại đối tượng không hợp lệ. Chọn một trong: " + TYPES);
        }
        return PageResponse.of(entries.find(blankToNull(type), blankToNull(id), pageable),
                a -> new Line(a.getAt().toString(), a.getActor(), a.getAction(), a.getType(), a.getEntityId(),
                        a.getDetail()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
