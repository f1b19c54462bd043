package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/** The formats of {@code audit export --format}. */
enum ExportFormat {
    CSV {
        @Override
        AuditEntryWriter writer(Writer out, ObjectMapper json) throws IOException {
            return new CsvAuditEntryWriter(out, json);
        }
    },
    JSONL {
        @Override
        AuditEntryWriter writer(Writer out, ObjectMapper json) {
            return new JsonLinesAuditEntryWriter(out, json);
        }
    };

    abstract AuditEntryWriter writer(Writer out, ObjectMapper json) throws IOException;
}
