package dev.hostledger.kit.ops;

import dev.hostledger.kit.eventstore.AxonJdbcAutoConfiguration;
import dev.hostledger.kit.integrity.IntegrityAutoConfiguration;
import dev.hostledger.kit.integrity.VerifiableProjection;
import dev.hostledger.kit.consume.ConsumerAutoConfiguration;
import dev.hostledger.kit.ops.maintenance.MaintenanceMode;
import dev.hostledger.kit.ops.maintenance.InboundBuffering;
import dev.hostledger.kit.ops.maintenance.MaintenanceInboundGate;
import dev.hostledger.kit.schedule.PeriodicWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.kafka.listener.MessageListenerContainer;
import java.time.Duration;
import dev.hostledger.kit.ops.maintenance.MaintenanceOpsController;
import dev.hostledger.kit.ops.replay.ProjectionReplays;
import dev.hostledger.kit.ops.replay.ReplayLeaseWatcher;
import dev.hostledger.kit.ops.replay.ReplayLeases;
import dev.hostledger.kit.ops.replay.ReplayOpsController;
import dev.hostledger.kit.ops.replay.ReplayProperties;
import dev.hostledger.kit.ops.republish.RepublishOpsController;
import dev.hostledger.kit.ops.republish.RepublishProperties;
import dev.hostledger.kit.ops.republish.Republisher;
import dev.hostledger.kit.publish.IntegrationRecords;
import dev.hostledger.kit.publish.PublisherAutoConfiguration;
import dev.hostledger.kit.publish.PublisherProperties;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Operators' replay, re-publication and maintenance mode for every service; no per-service code needed. */
@AutoConfiguration(after = {AxonJdbcAutoConfiguration.class, PublisherAutoConfiguration.class,
        IntegrityAutoConfiguration.class, KafkaAutoConfiguration.class, ConsumerAutoConfiguration.class})
@EnableConfigurationProperties({ReplayProperties.class, RepublishProperties.class})
public class OpsAutoConfiguration {

    /** This instance among the service's instances, named in the replay leases it holds. */
    private final String instanceId = "instance-" + UUID.randomUUID();

    @Bean
    public OperatorRuns operatorRuns(JdbcTemplate jdbc, Clock clock) {
        return new OperatorRuns(jdbc, clock);
    }

    @Bean
    public ReplayLeases replayLeases(JdbcTemplate jdbc, ReplayProperties properties) {
        return new ReplayLeases(jdbc, properties.leaseTimeout());
    }

    @Bean
    public ReplayLeaseWatcher replayLeaseWatcher(ReplayLeases leases, EventProcessingConfiguration processing) {
        return new ReplayLeaseWatcher(leases, processing, instanceId);
    }

    /** Every instance obeys other instances' replay leases, whether or not it ever replays anything itself. */
    @Bean
    public PeriodicWork replayLeaseWatch(ReplayLeaseWatcher watcher, ReplayProperties properties) {
        return new PeriodicWork("replay-lease-watcher", properties.pollInterval(), watcher::obey);
    }

    /** Replayable: the projections verify knows, and those a service names in {@code hostledger.replay.projections}. */
    @Bean(destroyMethod = "close")
    public ProjectionReplays projectionReplays(EventProcessingConfiguration processing, EventStore eventStore,
                                               TokenStore tokenStore, JdbcTemplate jdbc, ReplayLeases leases,
                                               OperatorRuns operatorRuns,
                                               ObjectProvider<VerifiableProjection> projections,
                                               ReplayProperties properties) {
        return new ProjectionReplays(processing, eventStore, tokenStore, jdbc, leases, operatorRuns,
                Stream.concat(projections.orderedStream()
                                .filter(projection -> !projection.writtenInCommandTransaction())
                                .map(VerifiableProjection::processingGroup),
                        properties.projections().stream()).collect(Collectors.toSet()),
                instanceId, properties);
    }

    @Bean
    public ReplayOpsController replayOpsController(ProjectionReplays replays, OperatorRuns operatorRuns) {
        return new ReplayOpsController(replays, operatorRuns);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBean(IntegrationRecords.class)
    public Republisher republisher(EventStorageEngine storage, IntegrationRecords records,
                                   KafkaTemplate<String, byte[]> kafka, JdbcTemplate jdbc, OperatorRuns operatorRuns,
                                   PublisherProperties publisher, RepublishProperties properties) {
        return new Republisher(storage, records, kafka, jdbc, operatorRuns, publisher, properties.inFlight());
    }

    @Bean
    @ConditionalOnBean(Republisher.class)
    public RepublishOpsController republishOpsController(Republisher republisher, OperatorRuns operatorRuns) {
        return new RepublishOpsController(republisher, operatorRuns);
    }

    @Bean
    public MaintenanceMode maintenanceMode(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                           EventStore eventStore, Clock clock) {
        return new MaintenanceMode(jdbc, new TransactionTemplate(transactionManager), eventStore, clock);
    }

    @Bean
    public MaintenanceInboundGate maintenanceInboundGate(MaintenanceMode maintenance) {
        return new MaintenanceInboundGate(maintenance);
    }

    @Bean
    @ConditionalOnBean(name = "integrationEventListenerContainer")
    public InboundBuffering inboundBuffering(MaintenanceMode maintenance,
                                             @Qualifier("integrationEventListenerContainer")
                                             MessageListenerContainer integrationEventListenerContainer) {
        return new InboundBuffering(maintenance, integrationEventListenerContainer);
    }

    /** Pauses and resumes the inbound partitions within half a second of a pause or resume on any instance. */
    @Bean
    @ConditionalOnBean(InboundBuffering.class)
    public PeriodicWork inboundBufferingWork(InboundBuffering buffering) {
        return new PeriodicWork("inbound-buffering", Duration.ofMillis(500), buffering);
    }

    @Bean
    public MaintenanceOpsController maintenanceOpsController(MaintenanceMode maintenance) {
        return new MaintenanceOpsController(maintenance);
    }
}
