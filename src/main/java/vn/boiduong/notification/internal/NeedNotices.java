package vn.boiduong.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.Role;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.needs.NeedAccepted;
import vn.boiduong.needs.NeedCollectionDue;
import vn.boiduong.needs.NeedCollectionOpened;
import vn.boiduong.needs.NeedReturned;
import vn.boiduong.needs.NeedSubmitted;
import vn.boiduong.notification.Notifications;
import vn.boiduong.notification.Reminders;
import vn.boiduong.organization.Unit;
import vn.boiduong.organization.UnitService;

/**
 * Tells the people concerned when a need moves: the Office when a unit sends one, the unit's
 * heads when the Office returns or accepts it, every unit head when the year's collection opens,
 * and the heads of units that have sent nothing as the due date nears and once it has passed
 * (in-application and by e-mail, once per stage: {@link Reminders}).
 * In the writer's transaction, so a notice exists exactly when its change does.
 */
@Component
class NeedNotices {

    static final String NEEDS_TITLE = "nhu cầu đào tạo, bồi dưỡng năm ";

    private final Notifications notifications;
    private final Reminders reminders;
    private final UserDirectory directory;
    private final UnitService units;

    NeedNotices(Notifications notifications, Reminders reminders, UserDirectory directory, UnitService units) {
        this.notifications = notifications;
        this.reminders = reminders;
        this.directory = directory;
        this.units = units;
    }

    @EventListener
    @Transactional
    public void on(NeedSubmitted e) {
        String unit = units.findUnit(e.unitId()).map(Unit::getName).orElse("Một đơn vị");
        notifications.send(office(e.agencyId()), unit + " đã gửi nhu cầu «" + e.title() + "» (năm " + e.year()
                + ") để Văn phòng xem xét.", link(e.needId()), e.at());
    }

    @EventListener
    @Transactional
    public void on(NeedReturned e) {
        notifications.send(heads(e.agencyId(), e.unitId()), "Nhu cầu «" + e.title() + "» bị trả lại: " + e.reason(),
                link(e.needId()), e.at());
    }

    @EventListener
    @Transactional
    public void on(NeedAccepted e) {
        notifications.send(heads(e.agencyId(), e.unitId()), "Nhu cầu «" + e.title()
                + "» đã được Văn phòng tiếp nhận vào tổng hợp năm " + e.year() + ".", link(e.needId()), e.at());
    }

    @EventListener
    @Transactional
    public void on(NeedCollectionOpened e) {
        String due = PageHelpers.DATE.format(e.dueDate());
        String text = e.dueDateChanged()
                ? "Hạn gửi nhu cầu đào tạo, bồi dưỡng năm " + e.year() + " được đổi thành " + due + "."
                : "Văn phòng mở thu thập nhu cầu đào tạo, bồi dưỡng năm " + e.year() + "; hạn gửi " + due + ".";
        notifications.send(directory.userIdsWithRole(Role.UNIT_HEAD, e.agencyId(), null), text, "/needs?year="
                + e.year(), e.at());
    }

    @EventListener
    @Transactional
    public void on(NeedCollectionDue e) {
        String due = PageHelpers.DATE.format(e.dueDate());
        String link = "/needs?year=" + e.year();
        Reminders.Key key = new Reminders.Key("need-collection:" + e.collectionId(), "NEEDS_DUE", e.dueDate(),
                e.stage());
        for (Long unitId : e.unitsNotSent()) {
            List<Long> heads = heads(e.agencyId(), unitId);
            if (heads.isEmpty()) {
                continue;
            }
            String unit = units.findUnit(unitId).map(Unit::getName).orElse("Đơn vị");
            String notice;
            String subject;
            if (e.overdue()) {
                notice = "Đã quá hạn gửi " + NEEDS_TITLE + e.year() + " (hạn " + due + "): " + unit
                        + " chưa gửi nhu cầu nào. Đề nghị gửi ngay.";
                subject = "Quá hạn gửi " + NEEDS_TITLE + e.year() + " (hạn " + due + ")";
            } else {
                String left = e.daysLeft() == 0 ? "hôm nay là hạn cuối" : "còn " + e.daysLeft() + " ngày";
                notice = "Sắp đến hạn gửi " + NEEDS_TITLE + e.year() + " (hạn " + due + ", " + left + "): " + unit
                        + " chưa gửi nhu cầu nào.";
                subject = "Nhắc hạn gửi " + NEEDS_TITLE + e.year() + ": hạn " + due + " (" + left + ")";
            }
            String body = "Kính gửi Trưởng phòng/đơn vị,\n" + unit + " chưa gửi " + NEEDS_TITLE + e.year()
                    + " cho Văn phòng. Hạn gửi: " + due + (e.overdue() ? " (đã quá hạn)." : ".")
                    + "\nĐề nghị lập và gửi nhu cầu trên phần mềm Bồi Dưỡng.";
            reminders.remind(key, heads, new Reminders.Message(notice, link, subject, body), e.at());
        }
    }

    private List<Long> office(Long agencyId) {
        List<Long> ids = new ArrayList<>(directory.userIdsWithRole(Role.OFFICE_SPECIALIST, agencyId, null));
        ids.addAll(directory.userIdsWithRole(Role.OFFICE_CHIEF, agencyId, null));
        return ids;
    }

    /** The unit's heads; for the Office's own needs, its Chief. */
    private List<Long> heads(Long agencyId, Long unitId) {
        List<Long> ids = new ArrayList<>(directory.userIdsWithRole(Role.UNIT_HEAD, agencyId, unitId));
        ids.addAll(directory.userIdsWithRole(Role.OFFICE_CHIEF, agencyId, unitId));
        return ids;
    }

    private static String link(Long needId) {
        return "/needs/" + needId;
    }
}
