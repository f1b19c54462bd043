package io.chatnation.ports.messaging.out;

import java.io.InputStream;
import java.util.List;

/** Reads an uploaded contact sheet (CSV, UTF-8) row by row. */
public interface ContactSheets {

    /** One data row: its number in the file (the header is row 1) and its cells in header order. */
    record SheetRow(long row, List<String> cells) {}

    interface RowHandler {
        void row(SheetRow row);
    }

    /**
     * Reads the header, then hands over each data row.
     *
     * @return the header's column names
     * @throws UnreadableSheet when the file is not UTF-8 text, has broken quoting, or has no header
     */
    List<String> read(InputStream in, RowHandler handler);

    /** The file cannot be read from {@code row} on; nothing of it should be kept. */
    final class UnreadableSheet extends RuntimeException {
        private final long row;

        public UnreadableSheet(long row, String message) {
            super(message);
            this.row = row;
        }

        public long row() {
            return row;
        }
    }
}
