package dev.hostledger.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command shares: which service it talks to, and the tool's configuration and streams. */
abstract class ServiceOption {

    @Option(names = {"-s", "--service"}, required = true, description = "account, billing or notification")
    String service;

    @Spec
    CommandSpec spec;

    OperatorCli cli() {
        return (OperatorCli) spec.root().userObject();
    }

    OpsClient client() {
        return cli().client(service);
    }

    void print(com.fasterxml.jackson.databind.JsonNode node) {
        cli().out.println(OpsClient.pretty(node));
        cli().out.flush();
    }
}
