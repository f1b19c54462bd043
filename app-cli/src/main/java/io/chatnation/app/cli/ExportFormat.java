package io.chatnation.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/** The formats of an export's {@code --format} ({@code audit export}, {@code wallet transactions --export}). */
enum ExportFormat {
    CSV {
        @Override
        <T> RecordWriter<T> writer(Writer out, ObjectMapper json, ExportColumns<T> columns) throws IOException {
            return new CsvRecordWriter<>(out, json, columns);
        }
    },
    JSONL {
        @Override
        <T> RecordWriter<T> writer(Writer out, ObjectMapper json, ExportColumns<T> columns) {
            return new JsonLinesRecordWriter<>(out, json, columns);
        }
    };

    abstract <T> RecordWriter<T> writer(Writer out, ObjectMapper json, ExportColumns<T> columns) throws IOException;
}
