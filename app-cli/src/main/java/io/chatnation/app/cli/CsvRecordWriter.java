package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV with a header row; map values (snapshots, metadata) are JSON text in their cells. */
final class CsvRecordWriter<T> implements RecordWriter<T> {

    private final CSVPrinter printer;
    private final ObjectMapper json;
    private final ExportColumns<T> columns;

    CsvRecordWriter(Writer out, ObjectMapper json, ExportColumns<T> columns) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.names().toArray(String[]::new)).get());
        this.json = json;
        this.columns = columns;
    }

    @Override
    public void write(T record) throws IOException {
        for (Object value : columns.values().apply(record).values()) {
            printer.print(value instanceof Map<?, ?> map ? json.writeValueAsString(map) : value);
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
