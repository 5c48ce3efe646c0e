package dev.hostledger.notification.delivery;

import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.notification.api.NotificationRequested;
import dev.hostledger.notification.api.RecordNotificationFailed;
import dev.hostledger.notification.api.RecordNotificationSent;
import dev.hostledger.notification.config.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends each requested notification over SMTP, then records the outcome as an event. Its own processor, never
 * replayed: a projection rebuild must not e-mail anyone again.
 */
@Component
@ProcessingGroup("notification-delivery")
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final Actor ACTOR = Actor.system("notification-delivery");

    private final Templates templates;
    private final JavaMailSender mailSender;
    private final ActingCommandGateway commands;
    private final NotificationProperties properties;

    public MailDelivery(Templates templates, JavaMailSender mailSender, ActingCommandGateway commands,
                        NotificationProperties properties) {
        this.templates = templates;
        this.mailSender = mailSender;
        this.commands = commands;
        this.properties = properties;
    }

    @DisallowReplay
    @EventHandler
    void on(NotificationRequested requested) throws MessagingException {
        RenderedMessage message = templates.render(requested.template(), requested.recipientName(),
                requested.timeZone(), requested.model());
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(requested.recipientEmail());
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        mime.setHeader("X-Hostledger-Notification-Id", requested.notificationId());
        try {
            mailSender.send(mime);
        } catch (MailException e) {
            log.warn("Notification {} to {} failed: {}", requested.notificationId(), requested.recipientEmail(),
                    e.getMessage());
            commands.sendAndWait(new RecordNotificationFailed(requested.notificationId(), e.getMessage()), ACTOR,
                    "SMTP refused or unreachable");
            return;
        }
        commands.sendAndWait(new RecordNotificationSent(requested.notificationId(), message.subject()), ACTOR,
                "handed to the SMTP server");
    }
}
