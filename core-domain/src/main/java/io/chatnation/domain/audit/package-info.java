/** The immutable audit trail: one entry per state-changing use case. */
package io.chatnation.domain.audit;
