package dev.hostledger.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @Test
    void twoDatabasesAreSeparateAndCreationIsIdempotentUnderConcurrency() throws Exception {
        PostgresServer pg = Infrastructure.shared().postgres();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> urls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            urls.add(pool.submit(() -> pg.jdbcUrl("ts_alpha")));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> url : urls) {
            distinct.add(url.get());
        }
        pool.shutdown();
        assertThat(distinct).hasSize(1);

        String alpha = pg.jdbcUrl("ts_alpha");
        String beta = pg.jdbcUrl("ts_beta");
        assertThat(alpha).endsWith("/ts_alpha");
        execute(pg, alpha, "CREATE TABLE note (id int PRIMARY KEY, body text)");
        execute(pg, alpha, "INSERT INTO note VALUES (1, 'in alpha')");
        execute(pg, beta, "CREATE TABLE note (id int PRIMARY KEY, body text)");

        assertThat(count(pg, alpha, "SELECT count(*) FROM note")).isEqualTo(1);
        assertThat(count(pg, beta, "SELECT count(*) FROM note")).isZero();
        assertThat(count(pg, alpha, "SELECT count(*) FROM pg_database WHERE datname IN ('ts_alpha', 'ts_beta')"))
                .isEqualTo(2);
    }

    @Test
    void aGivenDataDirectoryKeepsItsDataAcrossRestarts() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "pg-persist-test"));
        Path data = root.resolve("data-" + System.nanoTime());
        long t0 = System.nanoTime();
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(root.resolve("work"), data, 0)) {
            System.out.printf("PostgreSQL first start (initdb) %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            String url = first.jdbcUrl("ts_kept");
            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:" + first.port() + "/");
            execute(first, url, "CREATE TABLE kept (v text)");
            execute(first, url, "INSERT INTO kept VALUES ('survives')");
        }
        t0 = System.nanoTime();
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(root.resolve("work"), data, 0)) {
            System.out.printf("PostgreSQL restart on existing data %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            assertThat(count(second, second.jdbcUrl("ts_kept"), "SELECT count(*) FROM kept WHERE v = 'survives'"))
                    .isEqualTo(1);
        }
    }

    private static void execute(PostgresServer pg, String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, pg.username(), pg.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(PostgresServer pg, String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, pg.username(), pg.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
