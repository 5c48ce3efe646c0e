package dev.hostledger.e2e.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the PostgreSQL server under a benchmark can do at all: event-store-shaped rows inserted one per commit (1
 * and 4 clients) and 100 per commit, durable. A benchmark prints its own figure beside these.
 */
public final class RawInsertRates {

    private static final byte[] PAYLOAD = new byte[500];

    private final String url;
    private final String user;
    private final String password;

    public RawInsertRates(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public record Rates(double singleRowOneClient, double singleRowFourClients, double batched100OneClient) {
    }

    public Rates measure(int rowsPerClient) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS raw_insert_probe (
                        id BIGSERIAL PRIMARY KEY, aggregate_identifier VARCHAR(255) NOT NULL,
                        sequence_number BIGINT NOT NULL, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                        payload BYTEA NOT NULL, UNIQUE (aggregate_identifier, sequence_number))""");
        }
        double one = rowsPerSecond(1, rowsPerClient, 1);
        double four = rowsPerSecond(4, rowsPerClient, 1);
        double batched = rowsPerSecond(1, rowsPerClient * 10, 100);
        return new Rates(one, four, batched);
    }

    private double rowsPerSecond(int clients, int rowsPerClient, int rowsPerCommit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> insert(rowsPerClient, rowsPerCommit)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return clients * rowsPerClient / seconds;
    }

    private Void insert(int rows, int rowsPerCommit) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO raw_insert_probe (aggregate_identifier, sequence_number, event_identifier, payload) "
                        + "VALUES (?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            String aggregate = UUID.randomUUID().toString();
            for (int i = 0; i < rows; i++) {
                insert.setString(1, aggregate);
                insert.setLong(2, i);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, PAYLOAD);
                insert.addBatch();
                if ((i + 1) % rowsPerCommit == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return null;
    }

    private Connection connect() throws SQLException {
        String separator = url.contains("?") ? "&" : "?";
        return DriverManager.getConnection(url + separator + "reWriteBatchedInserts=true", user, password);
    }
}
