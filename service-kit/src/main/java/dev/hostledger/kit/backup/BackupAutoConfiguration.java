package dev.hostledger.kit.backup;

import org.apache.kafka.clients.admin.AdminClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.kit.config.ServiceProperties;
import dev.hostledger.kit.integrity.EventLogVerifier;
import dev.hostledger.kit.integrity.IntegrityAutoConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.kafka.listener.MessageListenerContainer;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/** Backup, restore and restore drills for every service; a service adds its own tables with a RestoreContributor. */
@AutoConfiguration(after = {IntegrityAutoConfiguration.class, FlywayAutoConfiguration.class})
@EnableConfigurationProperties(BackupProperties.class)
public class BackupAutoConfiguration {

    /** The archive format is ours, not the web layer's: a plain mapper, whatever the service customises. */
    private static final ObjectMapper ARCHIVE_JSON = new ObjectMapper();

    @Bean
    public RestoreContributor kitRestoreContributor() {
        return new KitRestoreContributor();
    }

    @Bean
    public ArchiveReader archiveReader() {
        return new ArchiveReader(ARCHIVE_JSON);
    }

    @Bean
    public EventStoreBackup eventStoreBackup(ServiceProperties service, DataSource dataSource,
                                             List<RestoreContributor> contributors, Clock clock,
                                             BackupProperties properties) {
        return new EventStoreBackup(service.name(), dataSource,
                contributors.stream().flatMap(contributor -> contributor.archivedTables().stream()).toList(),
                ARCHIVE_JSON, clock, properties);
    }

    @Bean
    public EventStoreRestore eventStoreRestore(ServiceProperties service, List<RestoreContributor> contributors,
                                               ArchiveReader reader, Serializer serializer, Clock clock,
                                               BackupProperties properties) {
        return new EventStoreRestore(service.name(), contributors, reader, serializer, clock, properties);
    }

    @Bean
    public RestoreDrill restoreDrill(ServiceProperties service, DataSource dataSource,
                                     DataSourceProperties dataSourceProperties, FlywayProperties flyway,
                                     EventStoreRestore restore, EventLogVerifier verifier,
                                     @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                                     Clock clock) {
        RestoreDrill.Server server = new RestoreDrill.Server(dataSourceProperties.determineUrl(),
                dataSourceProperties.determineUsername(), dataSourceProperties.determinePassword());
        return new RestoreDrill(service.name(), dataSource, server, flyway.getLocations(), restore, verifier,
                eventSerializer, serializer, clock);
    }

    @Bean
    public ServiceQuiescence serviceQuiescence(EventProcessingConfiguration processing,
                                               ObjectProvider<MessageListenerContainer> consumers) {
        return new ServiceQuiescence(processing, consumers.orderedStream().toList());
    }

    @Bean
    public BackupOperations backupOperations(ServiceProperties service, DataSource dataSource,
                                             EventStoreBackup backup, EventStoreRestore restore, RestoreDrill drill,
                                             ServiceQuiescence quiescence, Clock clock,
                                             BackupProperties properties) {
        return new BackupOperations(service.name(), dataSource, backup, restore, drill, quiescence, clock,
                properties);
    }

    @Bean(destroyMethod = "close")
    public BackupRuns backupRuns() {
        return new BackupRuns();
    }

    @Bean
    public BackupOpsController backupOpsController(BackupOperations operations, BackupRuns runs) {
        return new BackupOpsController(operations, runs);
    }

    /** After Flyway made the schema, before anything that writes is started (lifecycle beans start later). */
    @Bean
    @DependsOn("flywayInitializer")
    @ConditionalOnProperty(name = "hostledger.backup.restore-from")
    public StartupRestore startupRestore(EventStoreRestore restore, DataSource dataSource,
                                         BackupProperties properties, Clock clock, AdminClient hostledgerAdminClient,
                                         ServiceProperties service) {
        return new StartupRestore(restore, dataSource, properties, clock, hostledgerAdminClient, service.name());
    }
}
