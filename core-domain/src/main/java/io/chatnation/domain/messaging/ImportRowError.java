package io.chatnation.domain.messaging;

/** Why one row of an import was left out (or, for a fatal error, why the whole file was). Rows count from 1, the header included. */
public record ImportRowError(long row, String column, String message) {}
