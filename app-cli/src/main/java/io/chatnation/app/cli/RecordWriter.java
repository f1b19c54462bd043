package io.chatnation.app.cli;

import java.io.IOException;

/** Writes exported records in one format, one at a time, so an export never holds them all in memory. */
interface RecordWriter<T> {

    void write(T record) throws IOException;

    /** Writes out what is buffered; the underlying writer stays open (it may be stdout). */
    void finish() throws IOException;
}
