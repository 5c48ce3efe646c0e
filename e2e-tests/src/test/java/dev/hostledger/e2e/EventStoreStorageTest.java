package dev.hostledger.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Axon's stores keep serialized data in bytea: no column of type oid, no large object left behind. */
class EventStoreStorageTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void serializedDataIsByteaAndNoLargeObjectExists() {
        String email = Customers.uniqueEmail("storage");
        String accountId = Customers.signUp(system, "Storage Check", email, "UTC", "EUR");
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(
                system.notification.baseUrl() + "/accounts/" + accountId + "/notifications").json().size() == 1);

        for (HostledgerSystem.RunningService service : List.of(system.account, system.billing, system.notification)) {
            List<Map<String, Object>> serialized = service.jdbc().queryForList("""
                    SELECT table_name, column_name, data_type FROM information_schema.columns
                    WHERE table_schema = current_schema()
                      AND (table_name, column_name) IN (('domain_event_entry', 'payload'),
                        ('domain_event_entry', 'meta_data'), ('snapshot_event_entry', 'payload'),
                        ('token_entry', 'token'), ('saga_entry', 'serialized_saga'),
                        ('dead_letter_entry', 'payload'), ('dead_letter_entry', 'token'))""");
            assertThat(serialized).hasSize(7).allSatisfy(column -> assertThat(column.get("data_type")).isEqualTo("bytea"));

            Integer oidColumns = service.jdbc().queryForObject("""
                    SELECT count(*) FROM information_schema.columns
                    WHERE table_schema = current_schema() AND data_type = 'oid'""", Integer.class);
            assertThat(oidColumns).isZero();
            Integer largeObjects = service.jdbc().queryForObject(
                    "SELECT count(*) FROM pg_largeobject_metadata", Integer.class);
            assertThat(largeObjects).isZero();
        }
        Integer stored = system.account.jdbc().queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, accountId);
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void theGlobalIndexAdvancesOneByOne() {
        String first = Customers.signUp(system, "Seq One", Customers.uniqueEmail("seq"), "UTC", "EUR");
        String second = Customers.signUp(system, "Seq Two", Customers.uniqueEmail("seq"), "UTC", "EUR");
        List<Long> indexes = system.account.jdbc().queryForList(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier IN (?, ?) ORDER BY global_index",
                Long.class, first, second);
        assertThat(indexes).hasSize(2);
        assertThat(indexes.get(1) - indexes.get(0)).isEqualTo(1);
    }
}
