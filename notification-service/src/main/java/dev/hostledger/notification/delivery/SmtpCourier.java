package dev.hostledger.notification.delivery;

import dev.hostledger.notification.config.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a batch of messages and hands them to the SMTP server over one connection, then tells for each message
 * what the server can have received. Runs outside any database transaction: the attempt is already recorded.
 */
@Component
public class SmtpCourier {

    public static final String NOTIFICATION_ID_HEADER = "X-Hostledger-Notification-Id";

    private final Templates templates;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final Clock clock;

    public SmtpCourier(Templates templates, JavaMailSender mailSender, NotificationProperties properties,
                       Clock clock) {
        this.templates = templates;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    public List<Handoff> deliver(List<PendingDelivery> deliveries) {
        List<Handoff> handoffs = new ArrayList<>();
        Map<MimeMessage, PendingDelivery> byMessage = new IdentityHashMap<>();
        Map<MimeMessage, String> subjects = new IdentityHashMap<>();
        for (PendingDelivery delivery : deliveries) {
            try {
                RenderedMessage rendered = templates.render(delivery.template(), delivery.recipientName(),
                        delivery.timeZone(), delivery.model());
                MimeMessage mime = compose(delivery, rendered);
                byMessage.put(mime, delivery);
                subjects.put(mime, rendered.subject());
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                // A template or address that cannot be rendered today will not render tomorrow either.
                handoffs.add(new Handoff(delivery, HandoffResult.REFUSED, "cannot compose the message: "
                        + SmtpFailures.reason(e)));
            }
        }
        if (byMessage.isEmpty()) {
            return handoffs;
        }
        Map<Object, Exception> failed = Map.of();
        HandoffResult unlistedResult = HandoffResult.SENT;
        String unlistedReason = null;
        try {
            mailSender.send(byMessage.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failed = e.getFailedMessages();
            if (failed.isEmpty()) {
                // No per-message detail: only a failure to connect tells us nothing was handed over.
                unlistedResult = SmtpFailures.classify(e) == HandoffResult.NOT_DELIVERED
                        ? HandoffResult.NOT_DELIVERED : HandoffResult.UNKNOWN;
                unlistedReason = SmtpFailures.reason(e);
            }
        } catch (MailAuthenticationException e) {
            unlistedResult = HandoffResult.NOT_DELIVERED;
            unlistedReason = SmtpFailures.reason(e);
        } catch (MailException e) {
            unlistedResult = HandoffResult.UNKNOWN;
            unlistedReason = SmtpFailures.reason(e);
        }
        for (Map.Entry<MimeMessage, PendingDelivery> entry : byMessage.entrySet()) {
            Exception failure = failed.get(entry.getKey());
            if (failure != null) {
                handoffs.add(new Handoff(entry.getValue(), SmtpFailures.classify(failure),
                        SmtpFailures.reason(failure)));
            } else if (unlistedResult == HandoffResult.SENT) {
                handoffs.add(new Handoff(entry.getValue(), HandoffResult.SENT, subjects.get(entry.getKey())));
            } else {
                handoffs.add(new Handoff(entry.getValue(), unlistedResult, unlistedReason));
            }
        }
        return handoffs;
    }

    private MimeMessage compose(PendingDelivery delivery, RenderedMessage rendered)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(new InternetAddress(delivery.recipientEmail(), delivery.recipientName(), "UTF-8"));
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        helper.setSentDate(Date.from(clock.instant()));
        mime.setHeader(NOTIFICATION_ID_HEADER, delivery.notificationId());
        return mime;
    }
}
