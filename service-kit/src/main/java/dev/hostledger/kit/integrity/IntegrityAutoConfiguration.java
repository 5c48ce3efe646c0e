package dev.hostledger.kit.integrity;

import dev.hostledger.kit.schedule.PeriodicWork;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.kit.config.ServiceProperties;
import dev.hostledger.kit.eventstore.AxonJdbcAutoConfiguration;
import dev.hostledger.kit.eventstore.EventStoreProperties;
import dev.hostledger.kit.publish.IntegrationEventMappings;
import dev.hostledger.kit.publish.PublisherAutoConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;

/** Tamper evidence and verification for every service's event log; no per-service code needed. */
@AutoConfiguration(after = {AxonJdbcAutoConfiguration.class, PublisherAutoConfiguration.class,
        KafkaAutoConfiguration.class})
@EnableConfigurationProperties(IntegrityProperties.class)
public class IntegrityAutoConfiguration {

    @Bean
    public Checkpoints eventStoreCheckpoints(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                             Clock clock, EventStoreProperties eventStore) {
        return new Checkpoints(jdbc, new TransactionTemplate(transactionManager), clock, eventStore.gapTimeout());
    }

    @Bean
    PeriodicWork eventStoreCheckpointSchedule(Checkpoints checkpoints, IntegrityProperties properties) {
        // Checkpoints only ever move forward, so a failed refresh is simply retried at the next tick.
        return new PeriodicWork("event-store-checkpoints", properties.checkpointInterval(), checkpoints::refresh);
    }

    @Bean
    @SuppressWarnings("unchecked")
    public EventLogVerifier eventLogVerifier(ServiceProperties service, DataSource dataSource,
                                             PlatformTransactionManager transactionManager, Checkpoints checkpoints,
                                             @Qualifier("eventSerializer") Serializer eventSerializer,
                                             Serializer serializer,
                                             ObjectProvider<IntegrationEventMappings> mappings,
                                             ObjectProvider<VerifiableProjection> projections,
                                             ObjectProvider<ConsumerFactory<?, ?>> consumerFactory,
                                             CloudEventCodec codec, Clock clock, IntegrityProperties properties) {
        IntegrationEventMappings published = mappings.getIfAvailable();
        ConsumerFactory<?, ?> consumers = consumerFactory.getIfAvailable();
        TopicCompletenessCheck topics = published == null || consumers == null ? null
                : new TopicCompletenessCheck(service.name(), (ConsumerFactory<String, byte[]>) consumers, codec,
                properties.topicReadTimeout());
        return new EventLogVerifier(service.name(), dataSource, new TransactionTemplate(transactionManager),
                checkpoints, eventSerializer, serializer, published, projections.orderedStream().toList(), topics,
                clock, properties);
    }

    @Bean(destroyMethod = "close")
    public VerifyRuns verifyRuns(EventLogVerifier verifier) {
        return new VerifyRuns(verifier);
    }

    @Bean
    public VerifyOpsController verifyOpsController(VerifyRuns runs) {
        return new VerifyOpsController(runs);
    }

    @Bean
    @ConditionalOnProperty(name = "hostledger.verify.run-and-exit", havingValue = "true")
    public VerifyAndExit verifyAndExit(EventLogVerifier verifier, ConfigurableApplicationContext context) {
        return new VerifyAndExit(verifier, context, System::exit);
    }
}
