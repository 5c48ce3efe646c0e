package dev.hostledger.testsupport;

/** A real PostgreSQL server: environment-provided, a container, or embedded. */
public interface PostgresServer {

    /**
     * JDBC URL of {@code database} on this server. The database is created on first request, so callers never
     * race each other into {@code CREATE DATABASE}. Names are restricted to {@code [A-Za-z0-9_]+}.
     */
    String jdbcUrl(String database);

    String username();

    String password();
}
