package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator CLI against the running services: credentials from the environment or the config file (never the
 * command line), and exit codes a script can rely on: 0 ok, 1 faults or refused, 2 usage, 3 unreachable or refused
 * credential.
 */
class OperatorCliTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void credentialsComeFromTheConfigFileAndTheEnvironmentWins(@TempDir Path home) throws IOException {
        // at least one event in the store, also when this test runs first
        Customers.signUp(system, "Cli Check", Customers.uniqueEmail("cli"), "UTC", "EUR");
        Path config = home.resolve(".hostledger").resolve("operator.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "user=" + HostledgerSystem.OPERATOR + "\npassword=" + HostledgerSystem.OPERATOR_PASSWORD
                + "\naccount.url=" + system.account.baseUrl() + "\n");

        OperatorCliRun fromFile = OperatorCliRun.run(Map.of(), Map.of(), home, "event-store", "-s", "account");
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(OpsJson.parse(fromFile.out()).get("events").asLong()).isPositive();

        OperatorCliRun wrongInEnv = OperatorCliRun.run(Map.of(), Map.of("HOSTLEDGER_OPERATOR_PASSWORD", "wrong"), home,
                "event-store", "-s", "account");
        assertThat(wrongInEnv.exitCode()).isEqualTo(3);
        assertThat(wrongInEnv.err()).contains("refused the operator credential (HTTP 401)");
    }

    @Test
    void exitCodesTellUsageUnreachableAndRefusedApart(@TempDir Path home) throws IOException {
        Map<String, String> urls = Map.of("account", system.account.baseUrl(), "billing", system.billing.baseUrl());
        OperatorCliRun noCredential = OperatorCliRun.run(urls, Map.of(), home, "event-store", "-s", "account");
        assertThat(noCredential.exitCode()).isEqualTo(2);
        assertThat(noCredential.err()).contains("HOSTLEDGER_OPERATOR_USER");

        OperatorCliRun passwordOption = OperatorCliRun.asOperator(urls, "event-store", "-s", "account",
                "--password", "x");
        assertThat(passwordOption.exitCode()).as("there is no option to put a password on the command line")
                .isEqualTo(2);
        assertThat(OperatorCliRun.asOperator(urls, "replay", "-s", "account", "account-summary").exitCode())
                .as("a replay without a reason").isEqualTo(2);

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OperatorCliRun unreachable = OperatorCliRun.asOperator(Map.of("account", "http://127.0.0.1:" + closedPort),
                "event-store", "-s", "account");
        assertThat(unreachable.exitCode()).isEqualTo(3);
        assertThat(unreachable.err()).contains("cannot reach");

        OperatorCliRun refused = OperatorCliRun.asOperator(urls, "dead-letters", "redrive", "999999999", "-s",
                "billing", "--reason", "none such");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("HTTP 404");

        OperatorCliRun listed = OperatorCliRun.asOperator(urls, "dead-letters", "list", "-s", "billing");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(OpsJson.parse(listed.out()).isArray()).isTrue();

        OperatorCliRun replayable = OperatorCliRun.asOperator(urls, "replay", "-s", "account");
        assertThat(replayable.exitCode()).isZero();
        assertThat(OpsJson.parse(replayable.out()).toString()).contains("account-summary", "hosted-services");
    }

    @Test
    void verifyFollowsTheRunWithAProgressBarAndExitsByItsVerdict() {
        OperatorCliRun verify = OperatorCliRun.asOperator(Map.of("notification", system.notification.baseUrl()),
                "--poll", "PT0.2S", "verify", "-s", "notification");
        JsonNode report = OpsJson.parse(verify.out());
        assertThat(report.get("phase").asText()).isEqualTo("DONE");
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(report.get("clean").asBoolean() ? 0 : 1);
        assertThat(verify.err()).contains("verify notification [").contains("events");
        assertThat(report.get("eventsChecked").asLong()).isEqualTo(report.get("eventsTotal").asLong());
    }
}
