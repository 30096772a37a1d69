package vn.boiduong.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.notification.Notifications;
import vn.boiduong.reporting.ResultsReportAcknowledged;
import vn.boiduong.reporting.ResultsReportReturned;
import vn.boiduong.reporting.ResultsReportSubmitted;

/**
 * B6's report to the Director, like {@link PlanNotices} (in the change's transaction; mail queued,
 * sent after the commit): submitted → the Director; returned or acknowledged → the Office chief.
 */
@Component
class ResultsReportNotices {

    private final Notifications notifications;
    private final Recipients recipients;
    private final Mailer mailer;
    private final Clock clock;

    ResultsReportNotices(Notifications notifications, Recipients recipients, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.mailer = mailer;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(ResultsReportSubmitted e) {
        tell(recipients.director(e.agencyId()), "Văn phòng trình báo cáo kết quả công tác đào tạo, bồi dưỡng năm "
                + e.year() + ", chờ Giám đốc cho ý kiến", e.reportId(),
                "Báo cáo kết quả công tác đào tạo, bồi dưỡng năm " + e.year() + " chờ ý kiến");
    }

    @EventListener
    @Transactional
    public void on(ResultsReportReturned e) {
        tell(recipients.officeChief(e.agencyId()), "Giám đốc trả lại báo cáo kết quả năm " + e.year() + ": " + e.reason(),
                e.reportId(), "Báo cáo kết quả năm " + e.year() + " bị trả lại");
    }

    @EventListener
    @Transactional
    public void on(ResultsReportAcknowledged e) {
        tell(recipients.officeChief(e.agencyId()), "Giám đốc đã cho ý kiến về báo cáo kết quả năm " + e.year() + " (số "
                + e.number() + "): " + e.comment(), e.reportId(), "Báo cáo kết quả năm " + e.year() + " đã được tiếp nhận");
    }

    private void tell(List<Long> to, String text, Long reportId, String subject) {
        if (to.isEmpty()) {
            return;
        }
        String link = "/results-reports/" + reportId;
        String shortText = text.length() > 480 ? text.substring(0, 479) + "…" : text;
        notifications.send(to, shortText, link, LocalDateTime.now(clock));
        mailer.queue(recipients.emailsOf(to), subject, text + ".\nXem: " + mailer.url(link));
    }
}
