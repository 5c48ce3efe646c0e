package dev.hostledger.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureTest {

    @Test
    void oneSetOfServersPerJvm() throws Exception {
        Infrastructure infra = Infrastructure.shared();
        assertThat(Infrastructure.shared()).isSameAs(infra);
        KafkaServer kafka = infra.kafka();
        assertThat(infra.kafka()).isSameAs(kafka);
        assertThat(infra.postgres()).isSameAs(infra.postgres());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
        }
    }
}
