package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.audit.AuditEntry;
import java.io.IOException;
import java.io.Writer;

/** JSON Lines: one JSON object per entry and line, the fields named as in the API. */
final class JsonLinesAuditEntryWriter implements AuditEntryWriter {

    private final Writer out;
    private final ObjectMapper json;

    JsonLinesAuditEntryWriter(Writer out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void write(AuditEntry entry) throws IOException {
        out.write(json.writeValueAsString(AuditEntryFields.of(entry)));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
