/**
 * PostgreSQL adapters. Plain JDBC on one connection per unit of work: every statement of a use case
 * runs on the connection whose transaction carries {@code app.current_org}, which Row-Level Security
 * keys on. Flyway owns the schema; the embedded default runs PostgreSQL from Maven-shipped binaries.
 */
package io.chatnation.adapter.persistence;
