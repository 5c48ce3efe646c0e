package dev.hostledger.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesUpToTheMaximum() {
        assertThat(schedule.nextAttemptAt(NOW, 1)).isEqualTo(NOW.plusSeconds(30));
        assertThat(schedule.nextAttemptAt(NOW, 2)).isEqualTo(NOW.plusSeconds(60));
        assertThat(schedule.nextAttemptAt(NOW, 4)).isEqualTo(NOW.plusSeconds(240));
        assertThat(schedule.nextAttemptAt(NOW, 5)).isEqualTo(NOW.plusSeconds(300));
        assertThat(schedule.nextAttemptAt(NOW, 60)).isEqualTo(NOW.plusSeconds(300));
    }
}
