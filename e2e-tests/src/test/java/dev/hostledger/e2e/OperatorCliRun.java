package dev.hostledger.e2e;

import dev.hostledger.cli.OperatorCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The operator CLI run in-process against real running services, as an operator's shell would run it. */
record OperatorCliRun(int exitCode, String out, String err) {

    /** @param urls service name (account, billing, notification) to base URL */
    static OperatorCliRun run(Map<String, String> urls, Map<String, String> extraEnv, Path home, String... args) {
        Map<String, String> env = new HashMap<>();
        urls.forEach((service, url) -> env.put("HOSTLEDGER_" + service.toUpperCase() + "_URL", url));
        env.putAll(extraEnv);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OperatorCli.run(args, env, home, new PrintWriter(out), new PrintWriter(err));
        return new OperatorCliRun(code, out.toString(), err.toString());
    }

    /** With the test operator's credentials from the environment. */
    static OperatorCliRun asOperator(Map<String, String> urls, String... args) {
        return run(urls, Map.of("HOSTLEDGER_OPERATOR_USER", HostledgerSystem.OPERATOR,
                "HOSTLEDGER_OPERATOR_PASSWORD", HostledgerSystem.OPERATOR_PASSWORD), Path.of("target", "no-home"), args);
    }
}
