package io.chatnation.app.cli;

import io.chatnation.domain.audit.AuditEntry;
import java.io.IOException;

/** Writes exported audit entries in one format, one at a time, so an export never holds the trail in memory. */
interface AuditEntryWriter {

    void write(AuditEntry entry) throws IOException;

    /** Writes out what is buffered; the underlying writer stays open (it may be stdout). */
    void finish() throws IOException;
}
