package dev.hostledger.cli;

import java.io.PrintWriter;

/**
 * One line that redraws itself: {@code [##########..........]  50% 50,000/100,000 events  12,345/s  ETA 4s}.
 * Written to standard error, so standard output carries only the result.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final String label;

    public ProgressBar(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
    }

    public void show(String phase, long done, long total, double perSecond, Long etaSeconds) {
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
        int percent = total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
        out.printf("\r%s [%s%s] %3d%% %,d/%,d events  %,.0f/s  ETA %s  %s", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), percent, done, total, perSecond,
                etaSeconds == null ? "?" : etaSeconds + "s", phase);
        out.flush();
    }

    public void end() {
        out.println();
        out.flush();
    }
}
