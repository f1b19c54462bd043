/**
 * The two services every business module's use cases call: who may do what ({@link
 * io.chatnation.ports.shared.in.CheckAccess}, implemented by identity) and the audit trail ({@link
 * io.chatnation.ports.shared.in.RecordAuditEntry}, implemented by audit). Kept in the kernel so that
 * identity, audit and every later module depend on them without depending on each other.
 */
package io.chatnation.ports.shared.in;
