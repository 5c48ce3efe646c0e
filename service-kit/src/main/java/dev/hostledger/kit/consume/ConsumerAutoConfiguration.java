package dev.hostledger.kit.consume;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.kit.config.ServiceProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(ConsumerProperties.class)
public class ConsumerAutoConfiguration {

    @Bean
    public ProcessedEventInbox processedEventInbox(JdbcTemplate jdbc, Clock clock) {
        return new ProcessedEventInbox(jdbc, clock);
    }

    @Bean
    public DeadLetterPublisher deadLetterPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, JdbcTemplate jdbc,
                                                   Clock clock, ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterPublisher(kafkaTemplate, jdbc, clock,
                meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnBean(IntegrationEventListener.class)
    public InboundRecordProcessor inboundRecordProcessor(List<IntegrationEventListener> listeners,
                                                         CloudEventCodec codec, ProcessedEventInbox inbox,
                                                         DeadLetterPublisher deadLetters,
                                                         PlatformTransactionManager transactionManager,
                                                         ServiceProperties service,
                                                         ObjectProvider<InboundGate> gate) {
        Map<String, List<IntegrationEventListener>> byTopic = new LinkedHashMap<>();
        for (IntegrationEventListener listener : listeners) {
            listener.topics().forEach(topic -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener));
        }
        return new InboundRecordProcessor(byTopic, codec, inbox, deadLetters,
                new TransactionTemplate(transactionManager), service.name(), gate.getIfAvailable(() -> topic -> true));
    }

    @Bean
    @ConditionalOnBean(IntegrationEventListener.class)
    public ConcurrentMessageListenerContainer<String, byte[]> integrationEventListenerContainer(
            ConcurrentKafkaListenerContainerFactory<?, ?> factory, InboundRecordProcessor processor,
            ServiceProperties service, ConsumerProperties properties) {
        @SuppressWarnings("unchecked")
        var typedFactory = (ConcurrentKafkaListenerContainerFactory<String, byte[]>) factory;
        ConcurrentMessageListenerContainer<String, byte[]> container =
                typedFactory.createContainer(processor.topics().toArray(String[]::new));
        container.getContainerProperties().setGroupId(service.name());
        container.getContainerProperties().setClientId(service.name());
        container.getContainerProperties().setMessageListener(processor);
        container.setConcurrency(properties.concurrency());
        container.setCommonErrorHandler(retryForever(properties));
        return container;
    }

    @Bean
    @ConditionalOnBean(IntegrationEventListener.class)
    public DeadLetterRedrive deadLetterRedrive(JdbcTemplate jdbc, InboundRecordProcessor processor, Clock clock) {
        return new DeadLetterRedrive(jdbc, processor, clock);
    }

    @Bean
    @ConditionalOnBean(IntegrationEventListener.class)
    public DeadLetterOpsController deadLetterOpsController(JdbcTemplate jdbc, DeadLetterRedrive redrive,
                                                           ObjectMapper json) {
        return new DeadLetterOpsController(jdbc, redrive, json);
    }

    /** Spring Kafka's default gives up after ten attempts and skips the record; ours never gives up. */
    private static DefaultErrorHandler retryForever(ConsumerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(properties.maxRetryBackoff().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        // By default some exception types skip straight to "log and move on"; here every failure is retried.
        handler.setClassifications(Map.of(), true);
        return handler;
    }
}
