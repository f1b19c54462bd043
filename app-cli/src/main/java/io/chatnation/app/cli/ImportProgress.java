package io.chatnation.app.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar for an import on an interactive terminal: the share of the file's bytes read, and the rows so far.
 * Counting bytes gives a true fraction without reading the file twice to count its rows.
 */
final class ImportProgress {

    private static final long REFRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean live;
    private final long size;
    private long bytes;
    private long shownAt;
    private boolean shown;

    ImportProgress(PrintWriter err, boolean live, long size) {
        this.err = err;
        this.live = live;
        this.size = Math.max(1, size);
    }

    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }
        };
    }

    void rowsRead(long rows) {
        long now = System.nanoTime();
        if (!live || now - shownAt < REFRESH_NANOS) {
            return;
        }
        shownAt = now;
        shown = true;
        int percent = (int) Math.min(100, bytes * 100 / size);
        int filled = percent * WIDTH / 100;
        err.printf("\rImporting [%s%s] %3d%% %,d rows", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, rows);
        err.flush();
    }

    void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
