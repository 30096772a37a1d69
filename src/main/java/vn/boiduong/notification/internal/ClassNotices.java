package vn.boiduong.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.ClassEvents;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.notification.Notifications;
import vn.boiduong.organization.StaffCard;
import vn.boiduong.organization.StaffService;

/**
 * Tells the people concerned when a class of B5 moves, in the application and by e-mail, like
 * {@link PlanNotices} (in the change's transaction; mail queued, sent after the commit):
 * <ul>
 *   <li>{@link ClassEvents.AnnouncementIssued} → the heads of the units given a share of the budget;
 *       each class's training institution with an address is e-mailed;</li>
 *   <li>{@link ClassEvents.ClassCancelled} → every learner with an account, and the heads of their units;</li>
 *   <li>{@link ClassEvents.LearnersNominated} → the Office;</li>
 *   <li>{@link ClassEvents.NominationRefused} → the heads of the unit that nominated;</li>
 *   <li>{@link ClassEvents.ClassOpened} → every unit head of the agency.</li>
 * </ul>
 */
@Component
class ClassNotices {

    private final Notifications notifications;
    private final Recipients recipients;
    private final UserDirectory directory;
    private final StaffService staff;
    private final Mailer mailer;
    private final Clock clock;

    ClassNotices(Notifications notifications, Recipients recipients, UserDirectory directory, StaffService staff,
            Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.directory = directory;
        this.staff = staff;
        this.mailer = mailer;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(ClassEvents.AnnouncementIssued e) {
        List<Long> heads = new ArrayList<>();
        e.unitIds().forEach(u -> heads.addAll(recipients.headsOf(e.agencyId(), u)));
        String link = "/plans/" + e.planId();
        String what = "Thông báo số " + e.number() + " ngày " + PageHelpers.DATE.format(e.date())
                + " triển khai kế hoạch đào tạo, bồi dưỡng năm " + e.year();
        tell(distinct(heads), what + " và phân bổ kinh phí cho đơn vị", link, "Đã ban hành " + what,
                "Văn phòng đã ban hành " + what + " và phân bổ kinh phí; đơn vị của bạn có lớp và kinh phí trong thông báo."
                        + "\nXem kế hoạch: " + mailer.url(link));
        for (ClassEvents.AnnouncementIssued.Institution i : e.institutions()) {
            mailer.queue(List.of(i.email()), what,
                    "Kính gửi: " + i.name() + "\n\nVăn phòng đã ban hành " + what + ". Cơ sở đào tạo được đề nghị phối hợp "
                            + "tổ chức: «" + String.join("», «", i.classTitles()) + "».\nVăn phòng sẽ liên hệ để thống nhất "
                            + "lịch học và danh sách học viên.");
        }
    }

    @EventListener
    @Transactional
    public void on(ClassEvents.ClassCancelled e) {
        List<StaffCard> learners = staff.cards(e.learnerStaffIds());
        List<Long> to = new ArrayList<>(directory.userIdsOfStaff(e.agencyId(), e.learnerStaffIds()).values());
        learners.stream().map(StaffCard::unitId).distinct().forEach(u -> to.addAll(recipients.headsOf(e.agencyId(), u)));
        tell(distinct(to), "Lớp «" + e.title() + "» đã bị hủy: " + e.reason(), "/classes/" + e.classId(),
                "Lớp «" + e.title() + "» đã bị hủy",
                "Văn phòng đã hủy lớp «" + e.title() + "».\nLý do: " + e.reason());
    }

    @EventListener
    @Transactional
    public void on(ClassEvents.LearnersNominated e) {
        tell(recipients.office(e.agencyId()), "Có " + e.staffIds().size() + " người được đề cử học lớp «" + e.title()
                + "», chờ Văn phòng xác nhận", "/classes/" + e.classId(), "Đề cử học viên lớp «" + e.title() + "»",
                "Trưởng phòng đã đề cử " + e.staffIds().size() + " người học lớp «" + e.title()
                        + "». Văn phòng xác nhận hoặc không chấp nhận đề cử.");
    }

    @EventListener
    @Transactional
    public void on(ClassEvents.NominationRefused e) {
        String name = staff.cards(List.of(e.staffId())).stream().findFirst().map(StaffCard::fullName).orElse("Người được đề cử");
        tell(recipients.headsOf(e.agencyId(), e.unitId()), "Đề cử " + name + " học lớp «" + e.title()
                + "» không được chấp nhận: " + e.reason(), "/classes/" + e.classId(),
                "Đề cử học lớp «" + e.title() + "» không được chấp nhận",
                "Văn phòng không chấp nhận đề cử " + name + " học lớp «" + e.title() + "».\nLý do: " + e.reason());
    }

    @EventListener
    @Transactional
    public void on(ClassEvents.ClassOpened e) {
        tell(recipients.unitHeads(e.agencyId()), "Lớp «" + e.title() + "» đã mở ghi danh: hãy đề cử người của phòng",
                "/classes/" + e.classId(), "Lớp «" + e.title() + "» mở ghi danh",
                "Văn phòng đã mở ghi danh lớp «" + e.title() + "». Trưởng phòng đề cử người của phòng mình học lớp.");
    }

    private void tell(List<Long> to, String notice, String link, String mailSubject, String mailText) {
        if (to.isEmpty()) {
            return;
        }
        notifications.send(to, notice, link, LocalDateTime.now(clock));
        mailer.queue(recipients.emailsOf(to), mailSubject, mailText.contains("\nXem") ? mailText
                : mailText + "\nXem: " + mailer.url(link));
    }

    private static List<Long> distinct(Collection<Long> ids) {
        Set<Long> s = new LinkedHashSet<>(ids);
        return List.copyOf(s);
    }
}
