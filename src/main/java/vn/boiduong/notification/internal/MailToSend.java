package vn.boiduong.notification.internal;

/**
 * An e-mail to one person (no one sees the others' addresses), decided in the transaction of the
 * change or reminder it tells of and sent by {@link Mailer} once that has committed. Public and
 * plain so that the event publication registry can store it as JSON and read it back on restart.
 */
public record MailToSend(String to, String subject, String text) {
}
