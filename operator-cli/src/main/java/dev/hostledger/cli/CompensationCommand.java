package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compensation", description = "Grant compensation credits: one, or a CSV upload of many.",
        subcommands = {CompensationCommand.Grant.class, CompensationCommand.Upload.class})
class CompensationCommand {

    private static JsonNode grant(OpsClient account, String accountId, String amount, String currency,
                                  String reason, String incidentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", Map.of("amount", amount, "currency", currency));
        body.put("reason", reason);
        if (incidentId != null && !incidentId.isBlank()) {
            body.put("incidentId", incidentId);
        }
        return account.post("/ops/accounts/" + accountId + "/compensation", body);
    }

    @Command(name = "grant", description = "One compensation credit.")
    static class Grant implements Callable<Integer> {
        @Parameters(index = "0", description = "account id")
        String accountId;
        @Option(names = "--amount", required = true, description = "decimal, e.g. 10.00")
        String amount;
        @Option(names = "--currency", required = true, description = "the account's currency, e.g. EUR")
        String currency;
        @Option(names = "--reason", required = true)
        String reason;
        @Option(names = "--incident")
        String incidentId;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            OperatorCli cli = (OperatorCli) spec.root().userObject();
            cli.out.println(OpsClient.pretty(grant(cli.client("account"), accountId, amount, currency, reason,
                    incidentId)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "upload", description = "A CSV file, one credit a line: accountId,amount,currency[,incidentId]"
            + " (a header line starting with 'accountId' is skipped). Exit 1 if any line was refused.")
    static class Upload implements Callable<Integer> {
        @Parameters(index = "0", description = "the CSV file")
        Path file;
        @Option(names = "--reason", required = true, description = "why, for every line")
        String reason;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            OperatorCli cli = (OperatorCli) spec.root().userObject();
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
            }
            OpsClient account = cli.client("account");
            int granted = 0;
            int refused = 0;
            ProgressBar bar = new ProgressBar(cli.err, "compensation");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("accountId")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                try {
                    grant(account, fields[0].strip(), fields[1].strip(), fields[2].strip(), reason,
                            fields.length > 3 ? fields[3].strip() : null);
                    granted++;
                } catch (CliFailure e) {
                    if (e.exitCode() == ExitCodes.UNREACHABLE_OR_AUTH) {
                        throw e;
                    }
                    refused++;
                    cli.err.println("\nline " + (i + 1) + " refused: " + e.getMessage());
                } catch (ArrayIndexOutOfBoundsException e) {
                    refused++;
                    cli.err.println("\nline " + (i + 1) + " refused: expected accountId,amount,currency");
                }
                bar.show("RUNNING", i + 1, lines.size(), 0, null);
            }
            bar.end();
            cli.out.printf("{\"granted\": %d, \"refused\": %d}%n", granted, refused);
            cli.out.flush();
            return refused == 0 ? ExitCodes.OK : ExitCodes.FAULTS_OR_REFUSED;
        }
    }
}
