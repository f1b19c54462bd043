package io.chatnation.adapter.formats.messaging;

import io.chatnation.ports.messaging.out.ContactSheets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as spreadsheets write it (RFC 4180, a first header row, an optional UTF-8 byte order mark), decoded strictly:
 * a byte that is not UTF-8 stops the read instead of turning silently into '?', which would corrupt names. Bytes
 * are decoded ahead of the parser, so an invalid one is found as the replacement character in the row it lies in:
 * that names the row and column to fix (a file holding a real U+FFFD is refused as well: it was mis-saved before).
 */
public final class CommonsCsvContactSheets implements ContactSheets {

    private static final char NOT_UTF8 = '\uFFFD';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    @Override
    public List<String> read(InputStream in, RowHandler handler) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(NOT_UTF8));
        List<String> header = null;
        long row = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new BufferedReader(new InputStreamReader(in, utf8), 1 << 16))
                .setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw unreadable(row + 1, parser.getCurrentLineNumber(), e.getCause());
                }
                row++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                for (int column = 0; column < cells.size(); column++) {
                    if (cells.get(column).indexOf(NOT_UTF8) >= 0) {
                        throw new UnreadableSheet(row, "the file is not UTF-8 text (column " + (column + 1) + " has a byte"
                                + " that is not UTF-8); save it as \"CSV UTF-8\" and upload it again");
                    }
                }
                if (header == null) {
                    if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                        cells.set(0, cells.get(0).substring(1));
                    }
                    header = List.copyOf(cells);
                }
                handler.row(new SheetRow(row, cells));
            }
        } catch (IOException e) {
            throw unreadable(row + 1, 0, e);
        } catch (IllegalStateException e) {
            throw new UnreadableSheet(row + 1, "broken quoting: " + e.getMessage());
        }
        if (header == null) {
            throw new UnreadableSheet(1, "the file is empty: a header row is required");
        }
        return header;
    }

    private static UnreadableSheet unreadable(long row, long line, Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new UnreadableSheet(row, "the file is not UTF-8 text; save it as \"CSV UTF-8\" and upload it again");
        }
        String where = line > 0 ? " (near line " + line + ")" : "";
        return new UnreadableSheet(row, "broken quoting" + where + ": a quoted cell is never closed or has text after its closing quote");
    }
}
