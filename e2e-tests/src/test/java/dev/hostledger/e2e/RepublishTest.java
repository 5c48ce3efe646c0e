package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.DecodedEvent;
import dev.hostledger.contracts.InvalidEventException;
import dev.hostledger.contracts.Topics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator re-publishes a range of account-service's stored events for a downstream consumer that lost data:
 * the records reach the topic again with their original CloudEvent ids, marked re-published, and once billing and
 * notification have read past them nothing downstream has changed and nobody got another e-mail.
 */
class RepublishTest {

    private final HostledgerSystem system = HostledgerSystem.get();
    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void aRepublishedRangeChangesNothingDownstreamAndEmailsNobody() throws Exception {
        String email = Customers.uniqueEmail("republish");
        String accountId = Customers.signUp(system, "Katherine Johnson", email, "UTC", "EUR");
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId)
                .status() == 200);
        assertThat(Http.postJsonAs(system.account.baseUrl() + "/ops/accounts/" + accountId + "/funds",
                "{\"amount\": {\"amount\": \"15.00\", \"currency\": \"EUR\"}, \"reason\": \"bank transfer\"}",
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD).status()).isEqualTo(200);
        List<String> eventIds = system.account.jdbc().queryForList("""
                SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number""", String.class, accountId);
        assertThat(eventIds).hasSize(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> system.infrastructure.mail().messagesFor(email).size() == 1
                && inboxEntries(system.billing, eventIds) == 2 && inboxEntries(system.notification, eventIds) == 2);
        Map<String, Object> downstreamBefore = downstream(accountId);

        Map<String, Object> range = system.account.jdbc().queryForMap("""
                SELECT min(global_index) AS low, max(global_index) AS high FROM domain_event_entry
                WHERE aggregate_identifier = ?""", accountId);
        OperatorCliRun cli = OperatorCliRun.asOperator(Map.of("account", system.account.baseUrl()),
                "--poll", "PT0.2S", "republish", "-s", "account", "--from-index", range.get("low").toString(),
                "--to-index", range.get("high").toString(), "--reason", "billing restored an old backup");
        assertThat(cli.exitCode()).as(cli.err() + cli.out()).isZero();
        JsonNode run = OpsJson.parse(cli.out());
        assertThat(run.get("phase").asText()).isEqualTo("DONE");
        assertThat(run.get("recordsSent").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(cli.err()).contains("republish account").contains("100%");
        String runId = run.get("id").asText();

        List<DecodedEvent> republished = PlainKafka.readUntil(system.infrastructure.kafka().bootstrapServers(),
                        Topics.ACCOUNT_EVENTS, Duration.ofSeconds(30), read -> read.stream()
                                .filter(r -> runId.equals(extension(r.value(), "republishrun"))).count()
                                >= run.get("recordsSent").asLong()).stream()
                .filter(record -> runId.equals(extension(record.value(), "republishrun")))
                .map(record -> codec.decode(record.value()))
                .toList();
        assertThat(republished).hasSize(run.get("recordsSent").asInt());
        assertThat(republished).allSatisfy(event ->
                assertThat(event.envelope().getExtension("republished")).hasToString("true"));
        assertThat(republished.stream().filter(event -> accountId.equals(event.envelope().getSubject()))
                .map(DecodedEvent::id)).as("the original CloudEvent ids").containsExactlyElementsOf(eventIds);

        awaitConsumersPastEndOf(Topics.ACCOUNT_EVENTS, List.of("billing-service", "notification-service"));
        assertThat(downstream(accountId)).isEqualTo(downstreamBefore);
        assertThat(system.infrastructure.mail().messagesFor(email)).hasSize(1);
        assertThat(inboxEntries(system.billing, eventIds)).isEqualTo(2);
        assertThat(inboxEntries(system.notification, eventIds)).isEqualTo(2);
        assertThat(system.account.jdbc().queryForMap("SELECT * FROM operator_run WHERE id = ?", runId))
                .containsEntry("kind", "REPUBLISH").containsEntry("operator", HostledgerSystem.OPERATOR)
                .containsEntry("reason", "billing restored an old backup").containsEntry("outcome", "DONE");
    }

    private static long inboxEntries(HostledgerSystem.RunningService service, List<String> eventIds) {
        return service.jdbc().queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ANY (?)",
                Long.class, (Object) eventIds.toArray(String[]::new));
    }

    /** What billing and notification keep about the account: it must not move. */
    private Map<String, Object> downstream(String accountId) {
        Map<String, Object> state = new HashMap<>();
        state.put("billingAccount", system.billing.jdbc().queryForList(
                "SELECT * FROM billing_account WHERE account_id = ?", accountId));
        state.put("notificationRequests", system.notification.jdbc().queryForList(
                "SELECT notification_id, template FROM notification_request WHERE account_id = ? ORDER BY 1",
                accountId));
        state.put("notificationLog", system.notification.jdbc().queryForObject(
                "SELECT count(*) FROM notification_log WHERE account_id = ?", Long.class, accountId));
        state.put("billingDeadLetters", system.billing.jdbc().queryForObject(
                "SELECT count(*) FROM dead_lettered_record", Long.class));
        state.put("notificationDeadLetters", system.notification.jdbc().queryForObject(
                "SELECT count(*) FROM dead_lettered_record", Long.class));
        return state;
    }

    /** Other tests put malformed and unknown records on the topic on purpose: those are no re-publication. */
    private String extension(byte[] value, String name) {
        try {
            Object extension = codec.decode(value).envelope().getExtension(name);
            return extension == null ? null : extension.toString();
        } catch (InvalidEventException notOurs) {
            return null;
        }
    }

    private void awaitConsumersPastEndOf(String topic, List<String> groups) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.infrastructure.kafka().bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            for (String group : groups) {
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                    return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                            || (committed.get(end.getKey()) != null
                            && committed.get(end.getKey()).offset() >= end.getValue().offset()));
                });
            }
        }
    }
}
