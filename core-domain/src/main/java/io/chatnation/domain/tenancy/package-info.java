/** Organisations: the tenants. Every other record belongs to exactly one. */
package io.chatnation.domain.tenancy;
