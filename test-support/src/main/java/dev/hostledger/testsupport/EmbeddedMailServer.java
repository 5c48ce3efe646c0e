package dev.hostledger.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.hostledger.testsupport.internal.FreePorts;
import dev.hostledger.testsupport.internal.ImapMailServer;
import dev.hostledger.testsupport.internal.MailConversion;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GreenMail in this JVM: SMTP and IMAP on 127.0.0.1, authentication off (any login works, a mailbox is created
 * for every recipient). {@link #messagesFor} reads over IMAP, the same way as for a server from the environment
 * or a container, so that path is exercised everywhere.
 */
public final class EmbeddedMailServer implements MailServer, AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final ImapMailServer imap;
    private SmtpServer restartedSmtp;

    private EmbeddedMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.imap = new ImapMailServer(HOST, greenMail.getSmtp().getPort(), greenMail.getImap().getPort());
    }

    /** Starts SMTP and IMAP on 127.0.0.1; a port of {@code 0} means a free one. */
    public static EmbeddedMailServer start(int smtpPort, int imapPort) {
        ServerSetup smtp = setup(smtpPort, ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = setup(imapPort, ServerSetup.PROTOCOL_IMAP);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start GreenMail (SMTP " + HOST + ":" + smtpPort + ", IMAP " + HOST
                    + ":" + imapPort + "): " + e.getMessage(), e);
        }
        return new EmbeddedMailServer(greenMail);
    }

    /**
     * A port of 0 is resolved to a free one here rather than left to GreenMail, so that {@link #restartSmtp()} binds
     * the same port again (a client configured with it finds the server back).
     */
    private static ServerSetup setup(int port, String protocol) {
        return new ServerSetup(port == 0 ? FreePorts.pick() : port, HOST, protocol);
    }

    /**
     * Stops accepting SMTP connections, as a mail server that goes down (connections are refused). IMAP stays up and
     * the mail received so far is kept, so a test can still read what arrived.
     */
    public synchronized void stopSmtp() {
        currentSmtp().stopService();
    }

    /** Accepts SMTP connections again, on the same port, into the same mailboxes. */
    public synchronized void restartSmtp() {
        // A stopped GreenMail server thread cannot be started again, and restarting all of GreenMail would drop
        // the mailboxes: a new SMTP server on the same setup and the same managers keeps them.
        SmtpServer smtp = new SmtpServer(currentSmtp().getServerSetup(), greenMail.getManagers());
        smtp.startService();
        try {
            if (!smtp.waitTillRunning(smtp.getServerSetup().getServerStartupTimeout())) {
                throw new IllegalStateException("GreenMail SMTP did not come back on port " + smtp.getPort());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restarting GreenMail SMTP", e);
        }
        restartedSmtp = smtp;
    }

    private AbstractServer currentSmtp() {
        return restartedSmtp != null ? restartedSmtp : greenMail.getSmtp();
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int smtpPort() {
        return imap.smtpPort();
    }

    public int imapPort() {
        return imap.imapPort();
    }

    @Override
    public List<ReceivedMail> messagesFor(String address) {
        return imap.messagesFor(address);
    }

    /** How many messages arrived, to anyone; cheap (nothing is parsed), for polling during large runs. */
    public int receivedCount() {
        return greenMail.getReceivedMessages().length;
    }

    /** Every message received, to anyone, newest first; read from GreenMail's store (no IMAP login needed). */
    public List<ReceivedMail> allMessages() {
        List<ReceivedMail> all = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            all.add(MailConversion.toReceivedMail(m));
        }
        // Date headers have one-second precision: arrival order, newest first, breaks the ties.
        java.util.Collections.reverse(all);
        all.sort(Comparator.comparing(ReceivedMail::sentAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed());
        return all;
    }

    @Override
    public synchronized void close() {
        if (restartedSmtp != null) {
            restartedSmtp.stopService();
        }
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "embedded GreenMail, " + imap;
    }
}
