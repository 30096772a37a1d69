package vn.boiduong.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.needs.NeedAccepted;
import vn.boiduong.needs.NeedCollectionOpened;
import vn.boiduong.needs.NeedReturned;
import vn.boiduong.needs.NeedSubmitted;
import vn.boiduong.notification.Notifications;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * Tells the people concerned when a need moves ({@link Recipients}): the Office when a unit sends
 * one, the unit's heads when the Office returns or accepts it, every unit head when the year's
 * collection opens. In-application only, in the writer's transaction, so a notice exists exactly
 * when its change does. (The reminders of the collection's due date: {@link DueDateReminders}.)
 */
@Component
class NeedNotices {

    private final Notifications notifications;
    private final Recipients recipients;
    private final UnitService units;

    NeedNotices(Notifications notifications, Recipients recipients, UnitService units) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.units = units;
    }

    @EventListener
    @Transactional
    public void on(NeedSubmitted e) {
        String unit = units.findUnit(e.unitId()).map(Unit::getName).orElse("Một đơn vị");
        notifications.send(recipients.office(e.agencyId()), unit + " đã gửi nhu cầu «" + e.title() + "» (năm "
                + e.year() + ") để Văn phòng xem xét.", link(e.needId()), e.at());
    }

    @EventListener
    @Transactional
    public void on(NeedReturned e) {
        notifications.send(recipients.headsOf(e.agencyId(), e.unitId()), "Nhu cầu «" + e.title() + "» bị trả lại: "
                + e.reason(), link(e.needId()), e.at());
    }

    @EventListener
    @Transactional
    public void on(NeedAccepted e) {
        notifications.send(recipients.headsOf(e.agencyId(), e.unitId()), "Nhu cầu «" + e.title()
                + "» đã được Văn phòng tiếp nhận vào tổng hợp năm " + e.year() + ".", link(e.needId()), e.at());
    }

    @EventListener
    @Transactional
    public void on(NeedCollectionOpened e) {
        String due = PageHelpers.DATE.format(e.dueDate());
        String text = e.dueDateChanged()
                ? "Hạn gửi nhu cầu đào tạo, bồi dưỡng năm " + e.year() + " được đổi thành " + due + "."
                : "Văn phòng mở thu thập nhu cầu đào tạo, bồi dưỡng năm " + e.year() + "; hạn gửi " + due + ".";
        notifications.send(recipients.unitHeads(e.agencyId()), text, "/needs?year=" + e.year(), e.at());
    }

    private static String link(Long needId) {
        return "/needs/" + needId;
    }
}
