package dev.hostledger.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param from     the sender address of every customer message
 * @param delivery how messages are handed to the SMTP server and retried
 * @param fanOut   pacing of templates sent to many customers at once
 */
@ConfigurationProperties("hostledger.notification")
public record NotificationProperties(String from, Delivery delivery, FanOut fanOut) {

    public NotificationProperties {
        from = from == null ? "Hostledger Billing <billing@hostledger.local>" : from;
        delivery = delivery == null ? new Delivery(null, null, null, null, null, null, null, null, null) : delivery;
        fanOut = fanOut == null ? new FanOut(null, null) : fanOut;
    }

    /**
     * @param maxAttempts        attempts before a transiently failing message is given up (NotificationFailed)
     * @param firstRetryAfter    wait after the first transient failure; doubled after each further one
     * @param maxRetryAfter      longest wait between two attempts
     * @param batchSize          messages a worker claims, and sends over one SMTP connection, at a time
     * @param workers            delivery threads
     * @param pollInterval       how long an idle worker waits before looking for due messages again
     * @param heartbeatInterval  how often a running service says it is alive (and looks for in-doubt attempts)
     * @param inDoubtAfter       silence after which another process's unfinished attempts are in doubt
     * @param maxAttemptDuration an unfinished attempt older than this is in doubt even if its process is alive
     */
    public record Delivery(Integer maxAttempts, Duration firstRetryAfter, Duration maxRetryAfter, Integer batchSize,
                           Integer workers, Duration pollInterval, Duration heartbeatInterval, Duration inDoubtAfter,
                           Duration maxAttemptDuration) {

        public Delivery {
            maxAttempts = maxAttempts == null ? 5 : maxAttempts;
            firstRetryAfter = firstRetryAfter == null ? Duration.ofSeconds(30) : firstRetryAfter;
            maxRetryAfter = maxRetryAfter == null ? Duration.ofMinutes(30) : maxRetryAfter;
            batchSize = batchSize == null ? 50 : batchSize;
            workers = workers == null ? 2 : workers;
            pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
            heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(2) : heartbeatInterval;
            inDoubtAfter = inDoubtAfter == null ? Duration.ofSeconds(30) : inDoubtAfter;
            maxAttemptDuration = maxAttemptDuration == null ? Duration.ofMinutes(10) : maxAttemptDuration;
            if (maxAttempts < 1 || batchSize < 1 || workers < 1) {
                throw new IllegalArgumentException("max-attempts, batch-size and workers must be at least 1");
            }
            if (inDoubtAfter.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException("in-doubt-after must be at least three heartbeat intervals, or a"
                        + " live process's attempts would be taken for lost");
            }
        }
    }

    /**
     * @param templates         templates sent to many customers at once (grace notices), paced together
     * @param messagesPerSecond their combined rate
     */
    public record FanOut(List<String> templates, Double messagesPerSecond) {

        public FanOut {
            templates = templates == null
                    ? List.of("grace-period-declared", "grace-ending-notice", "grace-period-extended")
                    : List.copyOf(templates);
            messagesPerSecond = messagesPerSecond == null ? 100.0 : messagesPerSecond;
            if (messagesPerSecond <= 0) {
                throw new IllegalArgumentException("fan-out.messages-per-second must be positive");
            }
        }
    }
}
