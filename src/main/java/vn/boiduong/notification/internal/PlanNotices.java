package vn.boiduong.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.notification.Notifications;
import vn.boiduong.needs.NeedView;
import vn.boiduong.planning.PlanApproved;
import vn.boiduong.planning.PlanReturned;
import vn.boiduong.planning.PlanSubmitted;

/**
 * Tells the people concerned when the plan moves (B3–B4), in the application and by e-mail, the
 * same people for both ({@link Recipients}, asked once per event): submitted → the Director;
 * returned or approved → the Office chief and the heads of the units whose needs the plan serves.
 *
 * <p>Runs in the transition's transaction, on purpose: the notice is written with the change (a
 * notice of a change that rolled back would mislead), and the mail is only queued there as an
 * event publication ({@link Mailer}), sent after the commit and kept by the registry until it is.
 */
@Component
class PlanNotices {

    static final String PLAN_TITLE = "Kế hoạch đào tạo, bồi dưỡng năm ";

    private final Notifications notifications;
    private final Recipients recipients;
    private final Mailer mailer;
    private final Clock clock;

    PlanNotices(Notifications notifications, Recipients recipients, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.mailer = mailer;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(PlanSubmitted e) {
        tell(recipients.director(e.agencyId()), e.planId(),
                PLAN_TITLE + e.year() + " đã được trình, chờ Giám đốc phê duyệt",
                PLAN_TITLE + e.year() + " đã được trình phê duyệt",
                "Văn phòng đã trình " + PLAN_TITLE.toLowerCase() + e.year() + " để Giám đốc xem xét, phê duyệt.");
    }

    @EventListener
    @Transactional
    public void on(PlanReturned e) {
        tell(recipients.officeChiefAndHeadsServed(e.agencyId(), e.year(), e.needIds()), e.planId(),
                PLAN_TITLE + e.year() + " bị trả lại: " + e.reason(),
                PLAN_TITLE + e.year() + " bị trả lại",
                "Giám đốc đã trả lại " + PLAN_TITLE.toLowerCase() + e.year() + ".\nLý do: " + e.reason());
    }

    @EventListener
    @Transactional
    public void on(PlanApproved e) {
        tell(recipients.officeChiefAndHeadsServed(e.agencyId(), e.year(), e.needIds()), e.planId(),
                PLAN_TITLE + e.year() + " đã được phê duyệt (Quyết định số " + e.decisionNumber() + ")",
                PLAN_TITLE + e.year() + " đã được phê duyệt",
                "Giám đốc đã phê duyệt " + PLAN_TITLE.toLowerCase() + e.year() + " theo Quyết định số "
                        + e.decisionNumber() + ".");
        // the people the plan will train hear it too, with the need that names them (they may read it;
        // the plan itself is the Office's and the units' heads')
        recipients.namedIn(e.agencyId(), e.year(), e.needIds()).forEach((user, named) -> {
            NeedView first = named.get(0);
            String titles = String.join("», «", named.stream().map(NeedView::title).toList());
            String link = "/needs/" + first.id();
            notifications.send(List.of(user), "Bạn có tên trong " + PLAN_TITLE.toLowerCase() + e.year()
                    + " đã được phê duyệt: «" + titles + "»", link, LocalDateTime.now(clock));
            mailer.queue(recipients.emailsOf(List.of(user)), "Bạn có tên trong " + PLAN_TITLE.toLowerCase() + e.year(),
                    "Giám đốc đã phê duyệt " + PLAN_TITLE.toLowerCase() + e.year() + " (Quyết định số "
                            + e.decisionNumber() + "), trong đó có nội dung đào tạo, bồi dưỡng có tên bạn: «" + titles
                            + "».\nXem: " + mailer.url(link));
        });
    }

    private void tell(List<Long> to, Long planId, String notice, String mailSubject, String mailText) {
        String link = "/plans/" + planId;
        notifications.send(to, notice, link, LocalDateTime.now(clock));
        mailer.queue(recipients.emailsOf(to), mailSubject, mailText + "\nXem kế hoạch: " + mailer.url(link));
    }
}
