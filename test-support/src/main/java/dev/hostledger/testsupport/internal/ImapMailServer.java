package dev.hostledger.testsupport.internal;

import dev.hostledger.testsupport.MailServer;
import dev.hostledger.testsupport.ReceivedMail;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** An SMTP server with an IMAP side following GreenMail's convention: login = password = address. */
public final class ImapMailServer implements MailServer {

    private final String host;
    private final int smtpPort;
    private final int imapPort;

    public ImapMailServer(String host, int smtpPort, int imapPort) {
        this.host = host;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    @Override
    public List<ReceivedMail> messagesFor(String address) {
        Properties props = new Properties();
        props.setProperty("mail.imap.host", host);
        props.setProperty("mail.imap.port", Integer.toString(imapPort));
        props.setProperty("mail.imap.connectiontimeout", "5000");
        props.setProperty("mail.imap.timeout", "10000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            try {
                store.connect(host, imapPort, address, address);
            } catch (AuthenticationFailedException e) {
                // GreenMail with authentication on creates a user on first delivery: no user, no mail yet.
                return List.of();
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReceivedMail> result = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    result.add(MailConversion.toReceivedMail(m));
                }
                return result;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read the mailbox of " + address + " over IMAP at " + host + ":"
                    + imapPort + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SMTP " + host + ":" + smtpPort + ", IMAP " + host + ":" + imapPort;
    }
}
