package dev.hostledger.testsupport.internal;

import dev.hostledger.testsupport.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server known by a base JDBC URL such as {@code jdbc:postgresql://host:5432/}; the database name
 * goes after the last slash, before any query string.
 */
public final class JdbcPostgresServer implements PostgresServer {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");
    /** PostgreSQL's duplicate_database: another JVM sharing the server created it between our check and create. */
    private static final String DUPLICATE_DATABASE = "42P04";

    private final String baseUrl;
    private final String query;
    private final String username;
    private final String password;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public JdbcPostgresServer(String baseUrl, String username, String password) {
        if (!baseUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + baseUrl);
        }
        int q = baseUrl.indexOf('?');
        String path = q < 0 ? baseUrl : baseUrl.substring(0, q);
        this.query = q < 0 ? "" : baseUrl.substring(q);
        int slash = path.indexOf('/', "jdbc:postgresql://".length());
        // Whatever database the base URL names is replaced: it is a server address, not a database.
        this.baseUrl = slash < 0 ? path + "/" : path.substring(0, slash + 1);
        this.username = username;
        this.password = password;
    }

    @Override
    public String jdbcUrl(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must match " + DATABASE_NAME + ": " + database);
        }
        if (!known.contains(database)) {
            createIfMissing(database);
        }
        return url(database);
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    /** The server's address, without a database: what an operator would type into psql. */
    public String baseUrl() {
        return baseUrl + query;
    }

    private String url(String database) {
        return baseUrl + database + query;
    }

    private synchronized void createIfMissing(String database) {
        if (known.contains(database)) {
            return;
        }
        Properties props = new Properties();
        props.setProperty("user", username);
        if (password != null) {
            props.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), props)) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE \"" + database + "\"");
                } catch (SQLException e) {
                    if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on " + baseUrl + " as "
                    + username + ": " + e.getMessage(), e);
        }
        known.add(database);
    }

    @Override
    public String toString() {
        return "PostgreSQL " + baseUrl() + " (user " + username + ")";
    }
}
