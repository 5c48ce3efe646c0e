package dev.hostledger.kit.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.function.IntConsumer;

/**
 * {@code hostledger.verify.run-and-exit=true}: verify once the service is up, print the report, stop the service
 * and exit the JVM with 0 (clean), 1 (faults) or 2 (verify could not finish), for scripts and the operator CLI.
 */
public class VerifyAndExit implements ApplicationRunner {

    public static final int CLEAN = 0;
    public static final int FAULTS = 1;
    public static final int FAILED = 2;

    private static final Logger log = LoggerFactory.getLogger(VerifyAndExit.class);

    private final EventLogVerifier verifier;
    private final ConfigurableApplicationContext context;
    private final IntConsumer exit;

    public VerifyAndExit(EventLogVerifier verifier, ConfigurableApplicationContext context, IntConsumer exit) {
        this.verifier = verifier;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try {
            IntegrityReport report = verifier.verify(new VerifyProgress());
            System.out.println(report.describe());
            code = report.clean() ? CLEAN : FAULTS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.error("verify interrupted", e);
            code = FAILED;
        } catch (RuntimeException e) {
            log.error("verify could not finish", e);
            code = FAILED;
        }
        int result = code;
        exit.accept(SpringApplication.exit(context, () -> result));
    }
}
