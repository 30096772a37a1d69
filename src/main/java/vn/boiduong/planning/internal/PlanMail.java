package vn.boiduong.planning.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.boiduong.common.Role;
import vn.boiduong.identity.UserService;
import vn.boiduong.planning.PlanApproved;
import vn.boiduong.planning.PlanReturned;
import vn.boiduong.planning.PlanSubmitted;
import vn.boiduong.planning.ServedNeed;

/**
 * E-mail notices of B3–B4 over SMTP, sent once the transition has committed: submitted → the
 * Director; returned or approved → the Office chief and the heads of the units whose needs the plan
 * serves. No mail sender (no {@code spring.mail.host}): nothing is sent. The address is the
 * account's own (set by the administrator); a person without one gets the in-application notice only.
 */
@Component
class PlanMail {

    private static final Logger log = LoggerFactory.getLogger(PlanMail.class);
    static final String PLAN_TITLE = "Kế hoạch đào tạo, bồi dưỡng năm ";

    private final ObjectProvider<JavaMailSender> sender;
    private final UserService users;
    private final NeedDirectory needs;
    private final String from;
    private final String baseUrl;

    PlanMail(ObjectProvider<JavaMailSender> sender, UserService users, NeedDirectory needs,
            @Value("${boiduong.mail.from:boiduong@localhost}") String from,
            @Value("${boiduong.base-url:}") String baseUrl) {
        this.sender = sender;
        this.users = users;
        this.needs = needs;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener
    void on(PlanSubmitted e) {
        send(addresses(e.agencyId(), List.of(Role.DIRECTOR), Set.of()),
                PLAN_TITLE + e.year() + " đã được trình phê duyệt",
                "Văn phòng đã trình " + PLAN_TITLE.toLowerCase() + e.year() + " để Giám đốc xem xét, phê duyệt.\n"
                        + link(e.planId()));
    }

    @TransactionalEventListener
    void on(PlanReturned e) {
        send(addresses(e.agencyId(), List.of(Role.OFFICE_CHIEF), unitsOf(e.agencyId(), e.year(), e.needIds())),
                PLAN_TITLE + e.year() + " bị trả lại",
                "Giám đốc đã trả lại " + PLAN_TITLE.toLowerCase() + e.year() + ".\nLý do: " + e.reason() + "\n"
                        + link(e.planId()));
    }

    @TransactionalEventListener
    void on(PlanApproved e) {
        send(addresses(e.agencyId(), List.of(Role.OFFICE_CHIEF), unitsOf(e.agencyId(), e.year(), e.needIds())),
                PLAN_TITLE + e.year() + " đã được phê duyệt",
                "Giám đốc đã phê duyệt " + PLAN_TITLE.toLowerCase() + e.year() + " theo Quyết định số "
                        + e.decisionNumber() + ".\n" + link(e.planId()));
    }

    private Set<Long> unitsOf(Long agencyId, int year, Collection<Long> needIds) {
        Set<Long> out = new LinkedHashSet<>();
        needs.acceptedByIds(agencyId, year, needIds).stream().map(ServedNeed::unitId).forEach(out::add);
        return out;
    }

    /** The holders of the roles, plus the heads of the given units. */
    private List<String> addresses(Long agencyId, List<Role> roles, Set<Long> headsOfUnits) {
        Set<String> out = new LinkedHashSet<>();
        for (Role r : roles) {
            users.contacts(agencyId, r).stream().filter(c -> c.email() != null).forEach(c -> out.add(c.email()));
        }
        if (!headsOfUnits.isEmpty()) {
            users.contacts(agencyId, Role.UNIT_HEAD).stream()
                    .filter(c -> headsOfUnits.contains(c.unitId()) && c.email() != null)
                    .forEach(c -> out.add(c.email()));
        }
        return new ArrayList<>(out);
    }

    private String link(Long planId) {
        return "Xem kế hoạch: " + baseUrl + "/plans/" + planId;
    }

    private void send(List<String> to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to.isEmpty()) {
            return;
        }
        try {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(to.toArray(String[]::new));
            m.setSubject(subject);
            m.setText(text);
            mail.send(m);
        } catch (RuntimeException ex) {
            // the transition has committed; a mail server that is down must not turn it into an error
            log.warn("Could not send '{}' to {}: {}", subject, to, ex.getMessage());
        }
    }
}
