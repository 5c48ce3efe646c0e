package dev.hostledger.kit.ops;

import dev.hostledger.kit.eventstore.AxonJdbcAutoConfiguration;
import dev.hostledger.kit.integrity.IntegrityAutoConfiguration;
import dev.hostledger.kit.integrity.VerifiableProjection;
import dev.hostledger.kit.ops.maintenance.MaintenanceMode;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
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

/** Operators' replay, re-publication and maintenance mode for every service; no per-service code needed. */
@AutoConfiguration(after = {AxonJdbcAutoConfiguration.class, PublisherAutoConfiguration.class,
        IntegrityAutoConfiguration.class, KafkaAutoConfiguration.class})
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
    public ReplayLeaseWatcher replayLeaseWatcher(ReplayLeases leases, EventProcessingConfiguration processing,
                                                 ReplayProperties properties) {
        return new ReplayLeaseWatcher(leases, processing, instanceId, properties.pollInterval());
    }

    /** Replayable: the projections verify knows, whose handlers only write their own tables. */
    @Bean(destroyMethod = "close")
    public ProjectionReplays projectionReplays(EventProcessingConfiguration processing, EventStore eventStore,
                                               TokenStore tokenStore, JdbcTemplate jdbc, ReplayLeases leases,
                                               OperatorRuns operatorRuns,
                                               ObjectProvider<VerifiableProjection> projections,
                                               ReplayProperties properties) {
        return new ProjectionReplays(processing, eventStore, tokenStore, jdbc, leases, operatorRuns,
                projections.orderedStream().map(VerifiableProjection::processingGroup).collect(Collectors.toSet()),
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
    public MaintenanceOpsController maintenanceOpsController(MaintenanceMode maintenance) {
        return new MaintenanceOpsController(maintenance);
    }
}
