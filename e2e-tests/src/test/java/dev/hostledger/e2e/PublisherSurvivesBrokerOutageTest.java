package dev.hostledger.e2e;

import dev.hostledger.account.AccountServiceApplication;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.Topics;
import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.KafkaBrokerProcess;
import dev.hostledger.testsupport.SpringConnectionProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker goes away while customers keep signing up: the event store accepts every sign-up, the publisher stops
 * and retries, and once the broker is back every stored event is on the topic. Its own broker and database, so
 * stopping the broker disturbs no other test.
 */
class PublisherSurvivesBrokerOutageTest {

    private static KafkaBrokerProcess broker;
    private static ConfigurableApplicationContext account;
    private static String baseUrl;

    private final CloudEventCodec codec = new CloudEventCodec();

    @BeforeAll
    static void start() {
        broker = KafkaBrokerProcess.start(Path.of("target", "outage-broker-" + UUID.randomUUID()), 0);
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(Infrastructure.shared().postgres(),
                "hostledger_account_outage_" + UUID.randomUUID().toString().substring(0, 8)));
        properties.putAll(SpringConnectionProperties.kafka(broker));
        properties.put("server.port", 0);
        // Fail fast while the broker is away, so the test exercises several stop-and-retry rounds.
        properties.put("spring.kafka.producer.properties.max.block.ms", 2000);
        properties.put("spring.kafka.producer.properties.delivery.timeout.ms", 5000);
        properties.put("spring.kafka.producer.properties.request.timeout.ms", 2000);
        account = AccountServiceApplication.application().run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) account).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (account != null) {
            account.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void noStoredEventIsLostWhileTheBrokerIsDown() throws Exception {
        List<String> accounts = new ArrayList<>();
        accounts.add(signUp("before-outage"));
        awaitOnTopic(Set.copyOf(storedEventIds()), Duration.ofSeconds(30));

        broker.stop();
        for (int i = 0; i < 5; i++) {
            accounts.add(signUp("during-outage-" + i));
        }
        assertThat(storedEventIds()).hasSize(6);
        Thread.sleep(3000); // long enough for the publisher to fail at least once against the absent broker

        broker.restart();
        accounts.add(signUp("after-outage"));

        Set<String> stored = Set.copyOf(storedEventIds());
        List<ConsumerRecord<String, byte[]>> published = awaitOnTopic(stored, Duration.ofSeconds(120));

        assertThat(ids(published)).containsAll(stored);
        assertThat(published.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(accounts);
    }

    private String signUp(String who) {
        Http.Response response = Http.postJson(baseUrl + "/accounts", """
                {"name": "%s", "email": "%s", "timeZone": "UTC", "currency": "EUR"}
                """.formatted(who, Customers.uniqueEmail(who)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("accountId").asText();
    }

    private List<String> storedEventIds() {
        return account.getBean(JdbcTemplate.class).queryForList(
                "SELECT event_identifier FROM domain_event_entry ORDER BY global_index", String.class);
    }

    private List<ConsumerRecord<String, byte[]>> awaitOnTopic(Set<String> ids, Duration timeout) {
        return PlainKafka.readUntil(broker.bootstrapServers(), Topics.ACCOUNT_EVENTS, timeout,
                read -> ids(read).containsAll(ids));
    }

    private Set<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> codec.decode(r.value()).id()).collect(Collectors.toSet());
    }
}
