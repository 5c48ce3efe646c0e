package dev.hostledger.testsupport.internal;

import dev.hostledger.testsupport.ReceivedMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Turns a jakarta.mail message, from IMAP or from GreenMail's store, into a {@link ReceivedMail}. */
public final class MailConversion {

    private MailConversion() {
    }

    public static ReceivedMail toReceivedMail(Message message) {
        try {
            Address[] from = message.getFrom();
            List<String> to = new ArrayList<>();
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            if (recipients != null) {
                for (Address a : recipients) {
                    to.add(bare(a));
                }
            }
            String[] bodies = new String[2];
            collectBodies(message, bodies);
            Date sent = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
            return new ReceivedMail(from == null || from.length == 0 ? null : bare(from[0]), to,
                    message.getSubject(), bodies[0], bodies[1], sent == null ? null : sent.toInstant());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a received message: " + e.getMessage(), e);
        }
    }

    private static String bare(Address address) {
        return address instanceof InternetAddress ia ? ia.getAddress() : address.toString();
    }

    private static void collectBodies(Part part, String[] bodies) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = asText(part.getContent());
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = asText(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectBodies(multipart.getBodyPart(i), bodies);
            }
        }
    }

    private static String asText(Object content) throws IOException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof java.io.InputStream in) {
            try (in) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return String.valueOf(content);
    }
}
