package vn.boiduong.notification.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.notification.Notifications;

/**
 * Due-date reminders, each sent once: the in-application notice and, for a person with an
 * address, an e-mail ({@link Mailer}, after the transaction commits). "Once" is a row of
 * {@code reminder_sent} per (recipient, subject, due kind, due date, stage) under a unique key,
 * inserted with ON CONFLICT DO NOTHING: a job run again the same day, or by a second node, finds
 * the row and sends nothing.
 */
@Component
class Reminders {

    /**
     * What a reminder is about.
     *
     * @param subject  the thing that is due, e.g. {@code plan:12}, {@code need-collection:3}
     * @param dueKind  which of its dates, e.g. {@code PLAN_REGISTER}, {@code PLAN_APPROVE}, {@code NEEDS_DUE}
     * @param dueDate  the date itself (a moved date is reminded again)
     * @param stage    {@code BEFORE_3}, {@code BEFORE_1}, {@code OVERDUE} (see common's ReminderSchedule)
     */
    record Key(String subject, String dueKind, LocalDate dueDate, String stage) {
        Key {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(dueKind, "dueKind");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(stage, "stage");
            if (subject.length() > 60 || dueKind.length() > 30 || stage.length() > 20) {
                throw new IllegalArgumentException("reminder key too long: " + subject + "/" + dueKind + "/" + stage);
            }
        }
    }

    /**
     * @param notice      the line shown in the application
     * @param link        where the notice leads (a path of the application)
     * @param mailSubject the e-mail's subject
     * @param mailBody    the e-mail's text (the link is added after it)
     */
    record Message(String notice, String link, String mailSubject, String mailBody) {
    }

    private final Notifications notifications;
    private final UserDirectory directory;
    private final ReminderLog log;
    private final Mailer mailer;

    Reminders(Notifications notifications, UserDirectory directory, ReminderLog log, Mailer mailer) {
        this.notifications = notifications;
        this.directory = directory;
        this.log = log;
        this.mailer = mailer;
    }

    /**
     * Reminds each recipient not yet reminded of {@code key}, in the caller's transaction (the log
     * row, the notice and the mail's publication commit together); returns those reminded now.
     */
    @Transactional
    List<Long> remind(Key key, Collection<Long> recipients, Message message, LocalDateTime at) {
        List<Long> reminded = new ArrayList<>();
        if (recipients == null || recipients.isEmpty()) {
            return reminded;
        }
        Map<Long, String> emails = directory.emailsOf(recipients);
        for (Long recipient : new LinkedHashSet<>(recipients)) {
            String email = emails.get(recipient);
            if (!log.recordOnce(recipient, key, at, email)) {
                continue;
            }
            notifications.send(List.of(recipient), message.notice(), message.link(), at);
            if (email != null) {
                mailer.queue(List.of(email), message.mailSubject(),
                        message.mailBody() + (message.link() == null ? "" : "\nXem: " + mailer.url(message.link())));
            }
            reminded.add(recipient);
        }
        return reminded;
    }
}
