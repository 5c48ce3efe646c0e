package dev.hostledger.testsupport;

import dev.hostledger.testsupport.internal.JdbcPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server (zonky's embedded binaries, PostgreSQL 14) on 127.0.0.1, as a child process of this
 * JVM. User {@code postgres}, trust authentication (any password is accepted).
 */
public final class EmbeddedPostgresServer implements PostgresServer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final JdbcPostgresServer server;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.server = new JdbcPostgresServer("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/",
                "postgres", "postgres");
    }

    /**
     * Starts PostgreSQL.
     *
     * @param workDir where the binaries are unpacked (and fresh data directories made); e.g. under target/
     * @param dataDir a data directory kept between runs, initialised if empty; {@code null} for a throwaway one
     *                under {@code workDir}, deleted on close
     * @param port    TCP port on 127.0.0.1; {@code 0} for a free one
     */
    public static EmbeddedPostgresServer start(Path workDir, Path dataDir, int port) {
        long t0 = System.nanoTime();
        try {
            Path work = workDir.toAbsolutePath();
            Files.createDirectories(work);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.toFile())
                    // Whoever owns this object stops it, in an order it chooses (services before their database).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // Three services with their pools, plus tests holding several Spring contexts, exceed 100.
                    .setServerConfig("max_connections", "300");
            if (dataDir == null) {
                // A throwaway cluster need not survive a power cut; without fsync the tests run much faster.
                builder.setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            } else {
                Path data = dataDir.toAbsolutePath();
                Files.createDirectories(data.getParent());
                stopOrphan(data);
                builder.setDataDirectory(data.toFile()).setCleanDataDirectory(false);
            }
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg,
                    dataDir == null ? null : dataDir.toAbsolutePath());
            log.info("Embedded PostgreSQL on 127.0.0.1:{} ready in {} ms", pg.getPort(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL (work dir " + workDir + ", data dir "
                    + dataDir + ", port " + port + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    public int port() {
        return postgres.getPort();
    }

    /** The data directory when one was given, else {@code null}. */
    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop embedded PostgreSQL on port " + port(), e);
        }
    }

    @Override
    public String toString() {
        return "embedded " + server;
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running and holding the data directory; the next start
     * would then fail on the lock. The pid in postmaster.pid tells whose it is: a live postgres is asked for a
     * fast shutdown (SIGINT), which keeps the data consistent.
     */
    private static void stopOrphan(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("PostgreSQL pid {} from an earlier run still holds {}; shutting it down", pid, data);
                    try {
                        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start()
                                .waitFor(5, TimeUnit.SECONDS);
                        orphan.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("PostgreSQL pid " + pid + " from an earlier run still holds "
                                + data + " and did not stop; stop it by hand", e);
                    }
                });
    }
}
