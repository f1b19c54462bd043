package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/** JSON Lines: one JSON object per record and line, the fields named as in the API. */
final class JsonLinesRecordWriter<T> implements RecordWriter<T> {

    private final Writer out;
    private final ObjectMapper json;
    private final ExportColumns<T> columns;

    JsonLinesRecordWriter(Writer out, ObjectMapper json, ExportColumns<T> columns) {
        this.out = out;
        this.json = json;
        this.columns = columns;
    }

    @Override
    public void write(T record) throws IOException {
        out.write(json.writeValueAsString(columns.values().apply(record)));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
