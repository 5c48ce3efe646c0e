package dev.hostledger.kit.consume;

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
    public ConcurrentMessageListenerContainer<String, byte[]> integrationEventListenerContainer(
            ConcurrentKafkaListenerContainerFactory<?, ?> factory, List<IntegrationEventListener> listeners,
            CloudEventCodec codec, ProcessedEventInbox inbox, DeadLetterPublisher deadLetters,
            PlatformTransactionManager transactionManager, ServiceProperties service, ConsumerProperties properties) {
        Map<String, List<IntegrationEventListener>> byTopic = new LinkedHashMap<>();
        for (IntegrationEventListener listener : listeners) {
            listener.topics().forEach(topic -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener));
        }
        @SuppressWarnings("unchecked")
        var typedFactory = (ConcurrentKafkaListenerContainerFactory<String, byte[]>) factory;
        ConcurrentMessageListenerContainer<String, byte[]> container =
                typedFactory.createContainer(byTopic.keySet().toArray(String[]::new));
        container.getContainerProperties().setGroupId(service.name());
        container.getContainerProperties().setClientId(service.name());
        container.getContainerProperties().setMessageListener(new InboundRecordProcessor(byTopic, codec, inbox,
                deadLetters, new TransactionTemplate(transactionManager), service.name()));
        container.setConcurrency(properties.concurrency());
        container.setCommonErrorHandler(retryForever(properties));
        return container;
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
