package dev.hostledger.kit.publish;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.kit.config.ServiceProperties;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PublisherProperties.class)
public class PublisherAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    @Bean
    @ConditionalOnBean(IntegrationEventMappings.class)
    public IntegrationRecords integrationRecords(IntegrationEventMappings mappings, CloudEventCodec codec,
                                                 ServiceProperties service) {
        return new IntegrationRecords(mappings, codec, service.source());
    }

    @Bean
    @ConditionalOnBean(IntegrationEventMappings.class)
    public IntegrationEventPublisher integrationEventPublisher(IntegrationRecords records,
                                                               KafkaTemplate<String, byte[]> kafkaTemplate,
                                                               PublisherProperties properties) {
        return new IntegrationEventPublisher(records, kafkaTemplate, properties);
    }

    /** One segment: the publisher keeps the store's order, so one account's events reach the topic in order. */
    @Bean
    public ConfigurerModule integrationPublisherProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                IntegrationEventPublisher.PROCESSING_GROUP,
                org.axonframework.config.Configuration::eventStore,
                (config, builder) -> builder.initialSegmentCount(1).maxClaimedSegments(1)));
    }
}
