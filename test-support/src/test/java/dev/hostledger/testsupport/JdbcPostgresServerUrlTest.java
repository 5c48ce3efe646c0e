package dev.hostledger.testsupport;

import dev.hostledger.testsupport.internal.JdbcPostgresServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The URL shapes people put into HOSTLEDGER_TEST_POSTGRES_URL; no server involved. */
class JdbcPostgresServerUrlTest {

    @Test
    void baseUrlShapesAllBecomeTheServerAddress() {
        assertThat(new JdbcPostgresServer("jdbc:postgresql://db:5432/", "u", "p").baseUrl())
                .isEqualTo("jdbc:postgresql://db:5432/");
        assertThat(new JdbcPostgresServer("jdbc:postgresql://db:5432", "u", "p").baseUrl())
                .isEqualTo("jdbc:postgresql://db:5432/");
        assertThat(new JdbcPostgresServer("jdbc:postgresql://db:5432/postgres?sslmode=disable", "u", "p").baseUrl())
                .isEqualTo("jdbc:postgresql://db:5432/?sslmode=disable");
    }

    @Test
    void unsafeDatabaseNamesAreRefusedBeforeAnyConnection() {
        JdbcPostgresServer server = new JdbcPostgresServer("jdbc:postgresql://db:5432/", "u", "p");
        assertThatThrownBy(() -> server.jdbcUrl("x\"; DROP DATABASE y; --"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JdbcPostgresServer("jdbc:mysql://db/", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
