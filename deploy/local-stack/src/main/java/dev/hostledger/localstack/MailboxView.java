package dev.hostledger.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hostledger.testsupport.EmbeddedMailServer;
import dev.hostledger.testsupport.ReceivedMail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Read-only view of every mail GreenMail received, so a person can {@code curl http://127.0.0.1:8025/} instead of
 * configuring an IMAP client. {@code GET /} is plain text, {@code GET /messages} JSON; both newest first.
 */
final class MailboxView implements AutoCloseable {

    private final HttpServer server;

    private MailboxView(HttpServer server) {
        this.server = server;
    }

    static MailboxView start(String host, int port, EmbeddedMailServer mail) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                    send(exchange, 405, "text/plain", "GET only\n");
                    return;
                }
                String path = exchange.getRequestURI().getPath();
                switch (path) {
                    case "/" -> send(exchange, 200, "text/plain", text(mail.allMessages()));
                    case "/messages", "/messages/" -> send(exchange, 200, "application/json", json(mail.allMessages()));
                    default -> send(exchange, 404, "text/plain", "Try / or /messages\n");
                }
            } catch (RuntimeException e) {
                send(exchange, 500, "text/plain", "Cannot read the mailbox: " + e + "\n");
            }
        });
        // Requests are rare and tiny; one thread keeps the stack's thread count down.
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mailbox-view");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new MailboxView(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static String text(List<ReceivedMail> messages) {
        if (messages.isEmpty()) {
            return "No mail received yet.\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(messages.size()).append(messages.size() == 1 ? " message" : " messages")
                .append(", newest first\n\n");
        for (ReceivedMail m : messages) {
            out.append("Date:    ").append(m.sentAt()).append('\n')
                    .append("From:    ").append(m.from()).append('\n')
                    .append("To:      ").append(String.join(", ", m.to())).append('\n')
                    .append("Subject: ").append(m.subject()).append("\n\n");
            String body = m.textBody() != null ? m.textBody()
                    : m.htmlBody() != null ? m.htmlBody().replaceAll("<[^>]*>", "") : "(no text body)";
            out.append(body.strip()).append("\n\n").append("-".repeat(72)).append("\n\n");
        }
        return out.toString();
    }

    static String json(List<ReceivedMail> messages) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < messages.size(); i++) {
            ReceivedMail m = messages.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("  {\"sentAt\": ").append(string(m.sentAt()))
                    .append(", \"from\": ").append(string(m.from()))
                    .append(", \"to\": [");
            for (int j = 0; j < m.to().size(); j++) {
                out.append(j == 0 ? "" : ", ").append(string(m.to().get(j)));
            }
            out.append("], \"subject\": ").append(string(m.subject()))
                    .append(", \"textBody\": ").append(string(m.textBody()))
                    .append(", \"htmlBody\": ").append(string(m.htmlBody())).append('}');
        }
        return out.append(messages.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String string(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
