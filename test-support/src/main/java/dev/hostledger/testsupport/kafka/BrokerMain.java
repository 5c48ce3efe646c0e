package dev.hostledger.testsupport.kafka;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the broker's own JVM: {@code BrokerMain <server.properties> [<cluster-id>]}. With a cluster id
 * the storage is formatted first ({@code --ignore-formatted}), in this same JVM, which spares a JVM start.
 *
 * <p>The parent keeps our stdin open for as long as it lives, so end of input means the parent is gone, even if it
 * was killed with SIGKILL and ran no shutdown hook: the broker must not outlive it and keep its ports and data
 * directory locked.
 */
public final class BrokerMain {

    /** Long enough for a clean shutdown of a small broker, short enough not to be mistaken for a leak. */
    private static final long HALT_AFTER_MILLIS = 15_000;
    /** Process.destroy() sends SIGTERM and then closes our stdin; this lets the SIGTERM win that race. */
    private static final long EOF_GRACE_MILLIS = 500;

    private BrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BrokerMain <server.properties> [<cluster-id>]");
            Runtime.getRuntime().halt(64);
        }
        watchParent(System.in);
        String properties = args[0];
        if (args.length == 2) {
            int formatted = kafka.tools.StorageTool.execute(
                    new String[] {"format", "--ignore-formatted", "-t", args[1], "-c", properties}, System.out);
            if (formatted != 0) {
                System.err.println("BrokerMain: formatting the storage failed with exit code " + formatted);
                System.exit(formatted);
            }
        }
        kafka.Kafka.main(new String[] {properties});
    }

    private static void watchParent(InputStream stdin) {
        Thread watcher = new Thread(() -> {
            try {
                while (stdin.read() >= 0) {
                    // The parent never writes; anything it might is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of input.
            }
            try {
                Thread.sleep(EOF_GRACE_MILLIS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            if (shuttingDown()) {
                return;
            }
            System.err.println("BrokerMain: parent process gone (stdin closed), shutting the broker down");
            Thread halter = new Thread(() -> {
                try {
                    Thread.sleep(HALT_AFTER_MILLIS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                System.err.println("BrokerMain: clean shutdown took too long, halting");
                Runtime.getRuntime().halt(3);
            }, "broker-halter");
            halter.setDaemon(true);
            halter.start();
            // A clean shutdown (Kafka's own hook) spares the next start a log recovery.
            System.exit(2);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The JVM refuses new shutdown hooks once it is shutting down: the only portable way to ask. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
