package dev.hostledger.e2e;

import dev.hostledger.account.AccountServiceApplication;
import dev.hostledger.billing.BillingServiceApplication;
import dev.hostledger.notification.NotificationServiceApplication;
import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.OffsetClock;
import dev.hostledger.testsupport.SpringConnectionProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * The three services, each in its own application context, against one real broker, one PostgreSQL server (a
 * database each) and one SMTP server. Started once per test JVM and shared by every test class.
 */
public final class HostledgerSystem {

    public static final String OPERATOR = "ops";
    public static final String OPERATOR_PASSWORD = "ops-secret";
    /** Suspensions per second carried out after a grace period (small, so a test can see them spread out). */
    public static final int GRACE_CATCH_UP_RATE = 100;

    private static HostledgerSystem instance;

    public final RunningService account;
    public volatile RunningService billing;
    public final RunningService notification;
    public final Infrastructure infrastructure;
    /** Business time of all three services; scenarios move it forward. */
    public final OffsetClock clock = new OffsetClock();

    private HostledgerSystem(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
        this.account = start(AccountServiceApplication.application(), "hostledger_account", false);
        this.billing = start(BillingServiceApplication.application(), "hostledger_billing", false);
        this.notification = start(NotificationServiceApplication.application(), "hostledger_notification", true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            notification.context().close();
            billing.context().close();
            account.context().close();
        }, "hostledger-system-stop"));
    }

    /** Stops billing-service and starts it again on the same database, as an operator's restart would. */
    public synchronized void restartBilling(Runnable whileStopped) {
        billing.context().close();
        whileStopped.run();
        billing = start(BillingServiceApplication.application(), "hostledger_billing", false);
    }

    public static synchronized HostledgerSystem get() {
        if (instance == null) {
            instance = new HostledgerSystem(Infrastructure.shared());
        }
        return instance;
    }

    private RunningService start(SpringApplicationBuilder application, String database, boolean sendsMail) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(infrastructure.postgres(), database));
        properties.putAll(SpringConnectionProperties.kafka(infrastructure.kafka()));
        if (sendsMail) {
            properties.putAll(SpringConnectionProperties.mail(infrastructure.mail()));
        }
        properties.put("server.port", 0);
        properties.put("hostledger.security.operators[0].username", OPERATOR);
        properties.put("hostledger.security.operators[0].password", "{noop}" + OPERATOR_PASSWORD);
        // Scenarios move business time forward; scheduled work must notice within a fraction of a second.
        properties.put("hostledger.billing.invoicing.poll-interval", "200ms");
        properties.put("hostledger.billing.dunning.poll-interval", "200ms");
        properties.put("hostledger.billing.grace.poll-interval", "200ms");
        properties.put("hostledger.billing.grace.catch-up-rate", GRACE_CATCH_UP_RATE);
        // Command-line arguments outrank the service's own config file; default properties would not.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = application
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .run(args);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new RunningService(context, "http://127.0.0.1:" + port, context.getBean(JdbcTemplate.class));
    }

    public record RunningService(ConfigurableApplicationContext context, String baseUrl, JdbcTemplate jdbc) {
    }
}
