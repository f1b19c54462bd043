package io.chatnation.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * A live count with its rate while a long export runs, on an interactive terminal only (a redirected stderr
 * gets no carriage-return noise). The trail's size is not known up front, so there is no ETA to show.
 */
final class ExportProgress {

    private static final long REFRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintWriter err;
    private final boolean live;
    private final long started = System.nanoTime();
    private long count;
    private long shownAt = started;
    private boolean shown;

    ExportProgress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    void advance() {
        count++;
        long now = System.nanoTime();
        if (live && now - shownAt >= REFRESH_NANOS) {
            shownAt = now;
            shown = true;
            err.printf("\rExporting… %,d entries (%,d/s)", count, perSecond(now));
            err.flush();
        }
    }

    long count() {
        return count;
    }

    /** Clears the live line, so the summary that follows stands alone. */
    void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private long perSecond(long now) {
        long elapsed = Math.max(1, now - started);
        return count * TimeUnit.SECONDS.toNanos(1) / elapsed;
    }
}
