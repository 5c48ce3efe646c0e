package dev.hostledger.notification.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;

/**
 * Classifies an SMTP failure by what the server can have received: only a failure before the handoff (no
 * connection) or an explicit 4xx reply is safe to retry; a 5xx reply is final; anything else (a timeout or a broken
 * connection during the transfer) leaves the message in doubt.
 */
public final class SmtpFailures {

    private SmtpFailures() {
    }

    public static HandoffResult classify(Throwable failure) {
        HandoffResult result = HandoffResult.UNKNOWN;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            Integer code = replyCode(t);
            if (code != null && code >= 400 && code < 500) {
                return HandoffResult.NOT_DELIVERED;
            }
            if (code != null && code >= 500 && code < 600) {
                return HandoffResult.REFUSED;
            }
            if (t instanceof MailConnectException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof AuthenticationFailedException) {
                result = HandoffResult.NOT_DELIVERED;
            } else if (t instanceof AddressException && result == HandoffResult.UNKNOWN) {
                result = HandoffResult.REFUSED;
            }
        }
        return result;
    }

    /** The first line of the deepest message, for logs and events. */
    public static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            if (t.getMessage() != null) {
                reason = t.getMessage();
            }
        }
        return reason.lines().findFirst().orElse(reason).strip();
    }

    private static Integer replyCode(Throwable t) {
        if (t instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }
}
