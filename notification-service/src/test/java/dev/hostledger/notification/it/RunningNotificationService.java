package dev.hostledger.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.EventCatalog;
import dev.hostledger.contracts.EventType;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.notification.NotificationServiceApplication;
import dev.hostledger.testsupport.EmbeddedMailServer;
import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.SpringConnectionProperties;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * notification-service alone on the real shared PostgreSQL and Kafka broker, with its own GreenMail (so a test can
 * take SMTP down and bring it back). Restartable: a restart is a new application context on the same database,
 * consumer group and mail server, as after a crash or a deployment.
 */
final class RunningNotificationService implements AutoCloseable {

    static final String OPERATOR = "ops";
    static final String OPERATOR_PASSWORD = "ops-secret";

    final EmbeddedMailServer mail = EmbeddedMailServer.start(0, 0);
    final String consumerGroup = "notification-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String database = "notification_it_" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> extraProperties;
    private final Class<?>[] extraSources;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventCodec codec = new CloudEventCodec();
    private ConfigurableApplicationContext context;
    private String baseUrl;

    RunningNotificationService(Map<String, String> extraProperties, Class<?>... extraSources) {
        this.extraProperties = extraProperties;
        this.extraSources = extraSources;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        start();
    }

    void start() {
        Infrastructure infra = Infrastructure.shared();
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(infra.postgres(), database));
        properties.putAll(SpringConnectionProperties.kafka(infra.kafka()));
        properties.putAll(SpringConnectionProperties.mail(mail));
        properties.put("server.port", 0);
        properties.put("hostledger.service.name", consumerGroup);
        properties.put("hostledger.security.operators[0].username", OPERATOR);
        properties.put("hostledger.security.operators[0].password", "{noop}" + OPERATOR_PASSWORD);
        properties.putAll(extraProperties);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = NotificationServiceApplication.application().sources(extraSources).run(args);
        baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    void stop() {
        context.close();
    }

    void restart() {
        stop();
        start();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    static String bootstrap() {
        return Infrastructure.shared().kafka().bootstrapServers();
    }

    // --- publishing, as account-service or an operator's re-publication would ---

    record Customer(String accountId, String email, String name, String timeZone, String currency) {
        static Customer unique(String name, String timeZone, String currency) {
            String id = "acc-" + UUID.randomUUID().toString().substring(0, 8);
            return new Customer(id, id + "@example.test", name, timeZone, currency);
        }
    }

    CloudEvent accountOpened(Customer customer, Instant openedAt, Map<String, String> extensions) {
        AccountOpened opened = new AccountOpened(customer.accountId(), customer.name(), customer.email(),
                customer.timeZone(), customer.currency(), openedAt);
        CloudEvent envelope = codec.envelope(UUID.randomUUID().toString(), EventCatalog.ACCOUNT_SOURCE,
                customer.accountId(), opened, Map.of("actortype", "customer", "actorid", customer.accountId()));
        CloudEventBuilder builder = CloudEventBuilder.v1(envelope);
        extensions.forEach(builder::withExtension);
        return builder.build();
    }

    /** Publishes a fact as its service would: on its type's topic, keyed by its account id; returns the CloudEvent. */
    CloudEvent publish(IntegrationEvent data) throws Exception {
        EventType<?> type = EventCatalog.of(data);
        URI source = Topics.BILLING_EVENTS.equals(type.topic()) ? EventCatalog.BILLING_SOURCE
                : EventCatalog.ACCOUNT_SOURCE;
        CloudEvent event = codec.envelope(UUID.randomUUID().toString(), source, data.accountId(), data,
                Map.of("actortype", "system", "actorid", source.getPath()));
        producer.send(new ProducerRecord<>(type.topic(), data.accountId(), codec.serialize(event)))
                .get(30, TimeUnit.SECONDS);
        return event;
    }

    void publish(String key, CloudEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ACCOUNT_EVENTS, key, codec.serialize(event)))
                .get(30, TimeUnit.SECONDS);
    }

    /** Puts the consumer group back at the start of every partition it reads (the service must be stopped). */
    void resetConsumerOffsetsToTheBeginning() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(consumerGroup).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> beginning = committed.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(consumerGroup, beginning).all().get();
        }
    }

    /** True once the group has committed the end of every partition of the account topic. */
    boolean consumerCaughtUp() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(consumerGroup).partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.ACCOUNT_EVENTS)).allTopicNames()
                    .get().get(Topics.ACCOUNT_EVENTS).partitions().stream()
                    .map(p -> new TopicPartition(Topics.ACCOUNT_EVENTS, p.partition())).toList();
            var ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
            return partitions.stream().allMatch(tp -> ends.get(tp).offset() == 0
                    || (committed.get(tp) != null && committed.get(tp).offset() >= ends.get(tp).offset()));
        }
    }

    // --- HTTP ---

    record Response(int status, String body, JsonNode json) {
    }

    Response get(String path, boolean asOperator) throws Exception {
        return send(request(path, asOperator).GET().build());
    }

    Response post(String path, String body, boolean asOperator) throws Exception {
        return send(request(path, asOperator).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    JsonNode notificationsOf(String accountId) throws Exception {
        return get("/accounts/" + accountId + "/notifications", false).json();
    }

    private HttpRequest.Builder request(String path, boolean asOperator) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (asOperator) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((OPERATOR + ":" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
        return new Response(response.statusCode(), body, node);
    }

    @Override
    public void close() {
        producer.close();
        if (context != null && context.isActive()) {
            context.close();
        }
        mail.close();
    }
}
