package dev.hostledger.kit.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * Streams {@code domain_event_entry} through a server-side cursor (pgjdbc streams only with auto-commit off and a
 * fetch size), so a store of any size is read in constant memory.
 */
final class StoredEventReader {

    private static final String COLUMNS = """
            SELECT global_index, aggregate_identifier, sequence_number, type, event_identifier, payload_type,
                   payload_revision, time_stamp, meta_data, payload, event_hash FROM domain_event_entry""";

    private final int fetchSize;

    StoredEventReader(int fetchSize) {
        this.fetchSize = fetchSize;
    }

    /** Every event, aggregate by aggregate, each aggregate's in sequence order. */
    void byAggregate(Connection connection, Consumer<StoredEvent> consumer) throws SQLException {
        read(connection, COLUMNS + " ORDER BY aggregate_identifier, sequence_number", null, consumer);
    }

    /** The events of the given payload types in the order they were appended (how processors see them). */
    void inAppendOrder(Connection connection, Collection<String> payloadTypes, Consumer<StoredEvent> consumer)
            throws SQLException {
        read(connection, COLUMNS + " WHERE payload_type = ANY (?) ORDER BY global_index", payloadTypes, consumer);
    }

    private void read(Connection connection, String sql, Collection<String> payloadTypes,
                      Consumer<StoredEvent> consumer) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("streaming needs a transaction: auto-commit makes pgjdbc load everything");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(fetchSize);
            if (payloadTypes != null) {
                statement.setArray(1, connection.createArrayOf("varchar", payloadTypes.toArray()));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(new StoredEvent(rows.getLong(1), rows.getBytes(2), rows.getLong(3),
                            rows.getBytes(4), rows.getBytes(5), rows.getBytes(6), rows.getBytes(7), rows.getBytes(8),
                            rows.getBytes(9), rows.getBytes(10), rows.getBytes(11)));
                }
            }
        }
    }
}
