package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "grace", description = "Grace periods (billing): no service is suspended during one.",
        subcommands = {GraceCommand.ListCommand.class, GraceCommand.Show.class, GraceCommand.Declare.class,
                GraceCommand.Extend.class, GraceCommand.End.class})
class GraceCommand {

    /** Grace periods live in billing: every subcommand talks to it. */
    abstract static class OnBilling {
        @Spec
        CommandSpec spec;

        OperatorCli cli() {
            return (OperatorCli) spec.root().userObject();
        }

        int print(JsonNode node) {
            cli().out.println(OpsClient.pretty(node));
            cli().out.flush();
            return ExitCodes.OK;
        }

        OpsClient billing() {
            return cli().client("billing");
        }
    }

    @Command(name = "list", description = "Every grace period.")
    static class ListCommand extends OnBilling implements Callable<Integer> {
        @Override
        public Integer call() {
            return print(billing().get("/ops/grace-periods"));
        }
    }

    @Command(name = "show", description = "One grace period.")
    static class Show extends OnBilling implements Callable<Integer> {
        @Parameters(index = "0")
        String id;

        @Override
        public Integer call() {
            return print(billing().get("/ops/grace-periods/" + id));
        }
    }

    @Command(name = "declare", description = "Declare a grace period (e.g. --hours 72 from --starts-at).")
    static class Declare extends OnBilling implements Callable<Integer> {
        @Option(names = "--starts-at", description = "ISO-8601 instant (may be in the past: backdated to the outage)")
        String startsAt;
        @Option(names = "--ends-at", description = "ISO-8601 instant; or --hours")
        String endsAt;
        @Option(names = "--hours", description = "length in hours; or --ends-at")
        Integer hours;
        @Option(names = "--scope", required = true, description = "who is protected, as JSON (billing's GraceScope)")
        String scope;
        @Option(names = "--incident", description = "the incident it belongs to")
        String incidentId;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("startsAt", startsAt);
            body.put("endsAt", endsAt);
            body.put("hours", hours);
            try {
                body.put("scope", OpsClient.json().readTree(scope));
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.USAGE, "--scope is not JSON: " + e.getMessage());
            }
            body.put("incidentId", incidentId);
            body.put("reason", reason);
            body.values().removeIf(java.util.Objects::isNull);
            return print(billing().post("/ops/grace-periods", body));
        }
    }

    @Command(name = "extend", description = "Extend a grace period by --hours or to --ends-at.")
    static class Extend extends OnBilling implements Callable<Integer> {
        @Parameters(index = "0")
        String id;
        @Option(names = "--ends-at")
        String endsAt;
        @Option(names = "--hours")
        Integer hours;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("endsAt", endsAt);
            body.put("hours", hours);
            body.put("reason", reason);
            body.values().removeIf(java.util.Objects::isNull);
            return print(billing().post("/ops/grace-periods/" + id + "/extension", body));
        }
    }

    @Command(name = "end", description = "End a grace period now.")
    static class End extends OnBilling implements Callable<Integer> {
        @Parameters(index = "0")
        String id;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        public Integer call() {
            return print(billing().post("/ops/grace-periods/" + id + "/end", Map.of("reason", reason)));
        }
    }
}
