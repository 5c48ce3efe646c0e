package dev.hostledger.testsupport;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMailServerTest {

    @Test
    void aMailSentOverSmtpIsReadBackOverImap() throws Exception {
        try (EmbeddedMailServer mail = EmbeddedMailServer.start(0, 0)) {
            assertThat(mail.smtpPort()).isPositive();
            assertThat(mail.imapPort()).isPositive().isNotEqualTo(mail.smtpPort());

            Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            send(mail, "alice@example.test", "Welcome to Hostledger", sent);
            send(mail, "bob@example.test", "Invoice INV-1 issued", sent.plusSeconds(1));

            List<ReceivedMail> alice = mail.messagesFor("alice@example.test");
            assertThat(alice).hasSize(1);
            ReceivedMail welcome = alice.get(0);
            assertThat(welcome.from()).isEqualTo("billing@hostledger.test");
            assertThat(welcome.to()).containsExactly("alice@example.test");
            assertThat(welcome.subject()).isEqualTo("Welcome to Hostledger");
            assertThat(welcome.textBody()).contains("Hello alice@example.test, ünïcode ok");
            assertThat(welcome.htmlBody()).contains("<b>Hello</b>");
            assertThat(welcome.sentAt()).isEqualTo(sent);

            assertThat(mail.messagesFor("nobody@example.test")).isEmpty();
            assertThat(mail.allMessages()).extracting(ReceivedMail::subject)
                    .containsExactly("Invoice INV-1 issued", "Welcome to Hostledger");
        }
    }

    @Test
    void aStoppedServerRefusesConnectionsAndComesBackOnTheSamePortWithItsMail() throws Exception {
        try (EmbeddedMailServer mail = EmbeddedMailServer.start(0, 0)) {
            int port = mail.smtpPort();
            send(mail, "dave@example.test", "Before", Instant.now());

            mail.stopSmtp();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> send(mail, "dave@example.test", "During",
                    Instant.now())).isInstanceOf(jakarta.mail.MessagingException.class);

            mail.restartSmtp();
            send(mail, "dave@example.test", "After", Instant.now());
            assertThat(mail.smtpPort()).isEqualTo(port);
            assertThat(mail.messagesFor("dave@example.test")).extracting(ReceivedMail::subject)
                    .containsExactly("Before", "After");
        }
    }

    @Test
    void theSharedMailServerWorksTheSameWay() throws Exception {
        MailServer mail = Infrastructure.shared().mail();
        assertThat(Infrastructure.shared().mail()).isSameAs(mail);
        send(mail, "carol@example.test", "Shared", Instant.now());
        assertThat(mail.messagesFor("carol@example.test")).extracting(ReceivedMail::subject).containsExactly("Shared");
    }

    private static void send(MailServer server, String to, String subject, Instant sentAt) throws Exception {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", server.host());
        props.setProperty("mail.smtp.port", Integer.toString(server.smtpPort()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("billing@hostledger.test", "Hostledger Billing"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(sentAt));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hello " + to + ", ünïcode ok", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p><b>Hello</b> " + to + "</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }
}
