package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.audit.AuditEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV with a header row; the snapshots (before, after, metadata) are JSON text in their cells. */
final class CsvAuditEntryWriter implements AuditEntryWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(AuditEntryFields.NAMES.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;
    private final ObjectMapper json;

    CsvAuditEntryWriter(Writer out, ObjectMapper json) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        this.json = json;
    }

    @Override
    public void write(AuditEntry entry) throws IOException {
        for (Object value : AuditEntryFields.of(entry).values()) {
            printer.print(value instanceof Map<?, ?> map ? json.writeValueAsString(map) : value);
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
