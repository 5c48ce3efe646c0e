package dev.hostledger.kit.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;

@AutoConfiguration
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceAutoConfiguration {

    /**
     * Business time. Tests and simulations replace it; nothing in Hostledger reads the wall clock directly. It ticks
     * in microseconds, PostgreSQL's precision, so an instant read back from a read model equals the event's.
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
