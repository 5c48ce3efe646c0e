package dev.hostledger.kit.backup;

import org.apache.kafka.clients.admin.AdminClient;
import org.springframework.jdbc.core.JdbcTemplate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * {@code hostledger.backup.restore-from}: the worst-day path. Runs while the application context is being built,
 * after Flyway created the empty schema and before any event processor, Kafka consumer, scheduled work or HTTP
 * endpoint starts, so nothing can write into the store first. A damaged archive or a non-empty store stops the
 * start-up with the reason; the operator removes the property once the service runs on the restored store (a second
 * start with it is refused: the store is no longer empty).
 */
public class StartupRestore implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StartupRestore.class);

    private final EventStoreRestore restore;
    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Clock clock;
    private final AdminClient admin;
    private final String consumerGroup;

    public StartupRestore(EventStoreRestore restore, DataSource dataSource, BackupProperties properties, Clock clock,
                          AdminClient admin, String consumerGroup) {
        this.restore = restore;
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
        this.admin = admin;
        this.consumerGroup = consumerGroup;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        // No HTTP principal here: the operating system user who started the service is the operator.
        AuditEntry audit = new AuditEntry("RESTORE", "os:" + System.getProperty("user.name"),
                properties.restoreReason(), properties.restoreFrom().toString(), clock.instant(),
                properties.restoreUpTo() == null ? "restored at start-up"
                        : "restored at start-up up to " + properties.restoreUpTo());
        RestoreResult result = restore.restore(dataSource, properties.restoreFrom(), properties.restoreUpTo(),
                new BackupProgress(), audit);
        log.info("restored {} at start-up: {} events ({} events/s), head {}; projections rebuild from the first event",
                properties.restoreFrom(), result.events(), result.eventsPerSecond(), result.headGlobalIndex());
        // Before the consumers start (lifecycle beans start after this): they resume after the restored inbox.
        log.info("consumer group {} rewound to {}", consumerGroup,
                ConsumerOffsetsRewind.rewind(new JdbcTemplate(dataSource), admin, consumerGroup));
    }
}
