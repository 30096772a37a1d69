package vn.boiduong.notification.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every e-mail of this module goes out here, through Spring Modulith's event publication registry
 * (table {@code event_publication}): {@link #queue} publishes one {@link MailToSend} per address in
 * the caller's transaction, so the registry's row commits with the change it tells of and a
 * rolled-back change mails nothing; {@link #send} runs after the commit on another thread. A mail
 * server that refuses or a node that stops before the mail went out leaves the publication
 * incomplete, and the next start republishes it ({@code spring.modulith.events.republish-outstanding-
 * events-on-restart}): at least once, so a restart during a send may mail the same text twice.
 * No mail sender ({@code spring.mail.host} unset): nothing is queued.
 */
@Component
class Mailer {

    /** The registry knows the listener by this id, not by the method's signature: keep it when refactoring. */
    static final String LISTENER_ID = "notification.mail";

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final ApplicationEventPublisher events;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> sender, ApplicationEventPublisher events,
            @Value("${boiduong.mail.from:boiduong@localhost}") String from,
            @Value("${boiduong.base-url:}") String baseUrl) {
        this.sender = sender;
        this.events = events;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** The address of a page of the application, for the text of a mail. */
    String url(String path) {
        return baseUrl + path;
    }

    /** One mail per address (repeats ignored), sent once the caller's transaction has committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(Collection<String> to, String subject, String text) {
        if (sender.getIfAvailable() == null) {
            return;
        }
        for (String address : new LinkedHashSet<>(to)) {
            events.publishEvent(new MailToSend(address, subject, text));
        }
    }

    /**
     * Hands the mail to the SMTP server. A failure is not caught: the registry then keeps the
     * publication (status FAILED) and it is sent again on the next start.
     */
    @ApplicationModuleListener(id = LISTENER_ID)
    void send(MailToSend mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("No mail sender configured: '{}' to {} not sent", mail.subject(), mail.to());
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(mail.to());
        m.setSubject(mail.subject());
        m.setText(mail.text());
        mailSender.send(m);
    }
}
