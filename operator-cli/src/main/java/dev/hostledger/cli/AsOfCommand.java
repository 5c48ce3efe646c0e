package dev.hostledger.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "as-of", description = "Time travel: an account, a hosted service or an invoice as it stood at a "
        + "past business instant, rebuilt from its events.")
class AsOfCommand implements Callable<Integer> {

    enum Kind { account, service, invoice }

    @Parameters(index = "0", description = "account, service or invoice")
    Kind kind;

    @Parameters(index = "1", description = "its id")
    String id;

    @Option(names = "--at", required = true, description = "ISO-8601 instant, e.g. 2026-11-24T14:00:00Z")
    String at;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OperatorCli cli = (OperatorCli) spec.root().userObject();
        String service = kind == Kind.invoice ? "billing" : "account";
        String path = "/" + (kind == Kind.account ? "accounts" : kind == Kind.service ? "services" : "invoices") + "/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/as-of?at="
                + URLEncoder.encode(at, StandardCharsets.UTF_8);
        cli.out.println(OpsClient.pretty(cli.client(service).get(path)));
        cli.out.flush();
        return ExitCodes.OK;
    }
}
