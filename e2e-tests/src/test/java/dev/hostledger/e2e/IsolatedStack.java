package dev.hostledger.e2e;

import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.KafkaBrokerProcess;
import dev.hostledger.testsupport.SpringConnectionProperties;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A broker of its own and service instances on databases of their own (on the shared PostgreSQL server), for tests
 * that reset, pause or flood what the shared system's other tests read.
 */
final class IsolatedStack implements AutoCloseable {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final KafkaBrokerProcess broker;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    IsolatedStack(String name) {
        broker = KafkaBrokerProcess.start(Path.of("target", name + "-broker-" + run), 0);
    }

    String database(String service) {
        return "hostledger_" + service + "_" + run;
    }

    /** An instance of a service on {@code database}; several instances may share one database. */
    ConfigurableApplicationContext start(SpringApplicationBuilder application, String database, Clock clock,
                                         Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(Infrastructure.shared().postgres(), database));
        properties.putAll(SpringConnectionProperties.kafka(broker));
        properties.put("server.port", 0);
        properties.put("hostledger.security.operators[0].username", HostledgerSystem.OPERATOR);
        properties.put("hostledger.security.operators[0].password", "{noop}" + HostledgerSystem.OPERATOR_PASSWORD);
        properties.putAll(extra);
        if (clock != null) {
            application.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        ConfigurableApplicationContext context = application.run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        started.add(context);
        return context;
    }

    static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Records on the topic so far: the sum of its partitions' end offsets. */
    long endOffsets(String topic) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .collect(Collectors.summingLong(info -> info.offset()));
        }
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        broker.close();
    }
}
