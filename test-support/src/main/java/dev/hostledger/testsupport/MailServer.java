package dev.hostledger.testsupport;

import java.util.List;

/** A real SMTP server whose mailboxes can be read back over IMAP. */
public interface MailServer {

    String host();

    int smtpPort();

    /**
     * Every message delivered to {@code address} so far, oldest first, read over IMAP with GreenMail's
     * convention login = password = address. An address nothing was ever delivered to has an empty list.
     */
    List<ReceivedMail> messagesFor(String address);
}
