package dev.hostledger.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** GreenMail cannot answer 4xx or 5xx on demand, so the reply codes Angus Mail reports are built here. */
class SmtpFailuresTest {

    @Test
    void noConnectionMeansNothingWasHandedOver() {
        var refused = new MailConnectException(new SocketConnectException("refused", new ConnectException(), "h", 25, 5));
        assertThat(SmtpFailures.classify(new MailSendException("Mail server connection failed", refused)))
                .isEqualTo(HandoffResult.NOT_DELIVERED);
    }

    @Test
    void aFourHundredReplyIsTransient() throws Exception {
        var busy = new SMTPSendFailedException("DATA", 451, "451 try again later", null, null, null, null);
        assertThat(SmtpFailures.classify(busy)).isEqualTo(HandoffResult.NOT_DELIVERED);
    }

    @Test
    void aFiveHundredReplyIsFinal() throws Exception {
        var unknownUser = new SMTPAddressFailedException(new InternetAddress("x@example.com"), "RCPT TO", 550,
                "550 no such user");
        var wrapped = new SendFailedException("Invalid Addresses", unknownUser);
        assertThat(SmtpFailures.classify(wrapped)).isEqualTo(HandoffResult.REFUSED);
        assertThat(SmtpFailures.reason(wrapped)).isEqualTo("550 no such user");
    }

    @Test
    void aTransferThatBreaksOffIsInDoubt() {
        var timeout = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));
        assertThat(SmtpFailures.classify(timeout)).isEqualTo(HandoffResult.UNKNOWN);
    }
}
