package dev.hostledger.notification.delivery;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TokenBucket bucket = new TokenBucket(10, nanos::get);

    @Test
    void aFullBucketGivesOneSecondsWorth() {
        assertThat(bucket.take(50)).isEqualTo(10);
        assertThat(bucket.take(50)).isZero();
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        bucket.take(10);
        nanos.addAndGet(300_000_000L);
        assertThat(bucket.take(50)).isEqualTo(3);
        nanos.addAndGet(10_000_000_000L);
        assertThat(bucket.take(50)).as("never more than one second's burst").isEqualTo(10);
    }

    @Test
    void unusedTokensGoBack() {
        bucket.take(10);
        bucket.giveBack(4);
        assertThat(bucket.take(50)).isEqualTo(4);
    }
}
