package dev.hostledger.notification.delivery;

import dev.hostledger.notification.config.NotificationProperties;
import org.springframework.stereotype.Component;

/** Paces the fan-out templates (grace notices) together, at hostledger.notification.fan-out.messages-per-second. */
@Component
public class FanOutThrottle {

    private final TokenBucket bucket;

    public FanOutThrottle(NotificationProperties properties) {
        this.bucket = new TokenBucket(properties.fanOut().messagesPerSecond(), System::nanoTime);
    }

    public int take(int wanted) {
        return bucket.take(wanted);
    }

    public void giveBack(int unused) {
        if (unused > 0) {
            bucket.giveBack(unused);
        }
    }
}
