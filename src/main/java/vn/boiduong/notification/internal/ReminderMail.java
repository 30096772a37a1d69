package vn.boiduong.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mail of a reminder: one message per person (no one sees the others' addresses), sent once
 * the reminder's row has committed, so a rolled-back run mails nothing. No mail sender (no
 * {@code spring.mail.host}): nothing is sent. A failing mail server is logged, not retried: the
 * in-application notice is already there.
 */
@Component
public class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    ReminderMail(ObjectProvider<JavaMailSender> sender, @Value("${boiduong.mail.from:boiduong@localhost}") String from,
            @Value("${boiduong.base-url:}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    public void sendAfterCommit(String to, String subject, String body, String link) {
        if (sender.getIfAvailable() == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(to, subject, body, link);
                }
            });
        } else {
            send(to, subject, body, link);
        }
    }

    private void send(String to, String subject, String body, String link) {
        try {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(to);
            m.setSubject(subject);
            m.setText(body + (link == null ? "" : "\nXem: " + baseUrl + link));
            sender.getObject().send(m);
        } catch (RuntimeException ex) {
            log.warn("Could not send reminder '{}' to {}: {}", subject, to, ex.getMessage());
        }
    }
}
