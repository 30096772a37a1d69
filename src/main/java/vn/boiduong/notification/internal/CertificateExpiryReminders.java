package vn.boiduong.notification.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.boiduong.common.web.PageHelpers;
import vn.boiduong.delivery.CertificateService;
import vn.boiduong.delivery.ExpiringCertificate;
import vn.boiduong.identity.UserDirectory;

/**
 * The expiry of a certificate (B5, issue 10 item 5): its holder and the Office of its agency are
 * reminded once, {@code boiduong.reminders.certificate-days-before} days (30) before the certificate
 * expires, by notice and e-mail ({@link Reminders}: one row of the reminder log per recipient, so a
 * job run again, or a run missed and caught up the next day, reminds no one twice). A certificate
 * revoked since is left alone. Run by {@link DueDateReminderJob} with the other due dates.
 */
@Component
class CertificateExpiryReminders {

    static final String DUE_KIND = "CERTIFICATE_EXPIRY";

    private final CertificateService certificates;
    private final Reminders reminders;
    private final Recipients recipients;
    private final UserDirectory directory;
    private final int daysBefore;

    CertificateExpiryReminders(CertificateService certificates, Reminders reminders, Recipients recipients,
            UserDirectory directory, @Value("${boiduong.reminders.certificate-days-before:30}") int daysBefore) {
        if (daysBefore < 1 || daysBefore > 365) {
            throw new IllegalArgumentException("boiduong.reminders.certificate-days-before: 1..365, got " + daysBefore);
        }
        this.certificates = certificates;
        this.reminders = reminders;
        this.recipients = recipients;
        this.directory = directory;
        this.daysBefore = daysBefore;
    }

    /** The ids of the certificates whose expiry is to be reminded of on {@code today}: expiring within the days set. */
    List<Long> due(LocalDate today) {
        return certificates.expiringBetween(today, today.plusDays(daysBefore)).stream().map(ExpiringCertificate::id)
                .toList();
    }

    /** Reminds of one certificate, in the caller's transaction; true when someone was reminded now. */
    boolean remind(Long certificateId, LocalDate today, LocalDateTime at) {
        return certificates.expiring(certificateId)
                .filter(c -> !c.expiresOn().isBefore(today) && !c.expiresOn().isAfter(today.plusDays(daysBefore)))
                .map(c -> remind(c, today, at)).orElse(false);
    }

    private boolean remind(ExpiringCertificate c, LocalDate today, LocalDateTime at) {
        Reminders.Key key = new Reminders.Key("certificate:" + c.id(), DUE_KIND, c.expiresOn(), "BEFORE_" + daysBefore);
        String date = PageHelpers.DATE.format(c.expiresOn());
        long left = ChronoUnit.DAYS.between(today, c.expiresOn());
        String when = left == 0 ? "hôm nay là ngày cuối" : "còn " + left + " ngày";
        String what = "Giấy chứng nhận số " + c.number() + " (lớp " + c.classTitle() + ")";
        List<Long> reminded = new ArrayList<>();
        Long holder = c.staffId() == null ? null : directory.userIdsOfStaff(c.agencyId(), List.of(c.staffId()))
                .get(c.staffId());
        if (holder != null) {
            reminded.addAll(reminders.remind(key, List.of(holder), new Reminders.Message(
                    what + " của Ông/Bà hết hiệu lực ngày " + date + " (" + when + ").",
                    "/me/training",
                    "Giấy chứng nhận số " + c.number() + " sắp hết hiệu lực: ngày " + date + " (" + when + ")",
                    "Kính gửi Ông/Bà " + c.fullName() + ",\n" + what + " cấp cho Ông/Bà sẽ hết hiệu lực ngày " + date
                            + " (" + when + ").\nĐề nghị liên hệ Văn phòng nếu cần bồi dưỡng lại để được cấp mới."),
                    at));
        }
        List<Long> office = recipients.office(c.agencyId()).stream().filter(id -> !id.equals(holder)).toList();
        reminded.addAll(reminders.remind(key, office, new Reminders.Message(
                what + " của " + c.fullName() + " hết hiệu lực ngày " + date + " (" + when + ").",
                "/classes/" + c.classId(),
                "Giấy chứng nhận số " + c.number() + " của " + c.fullName() + " sắp hết hiệu lực: ngày " + date,
                "Kính gửi Văn phòng,\n" + what + " của " + c.fullName() + " sẽ hết hiệu lực ngày " + date + " (" + when
                        + ").\nĐề nghị xem xét cử bồi dưỡng lại nếu vị trí việc làm còn yêu cầu."),
                at));
        return !reminded.isEmpty();
    }
}
