/** Implementations of the audit use cases. */
package io.chatnation.ports.audit.usecase;
