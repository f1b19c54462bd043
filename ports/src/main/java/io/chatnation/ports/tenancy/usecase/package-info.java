/** Implementations of the tenancy use cases. */
package io.chatnation.ports.tenancy.usecase;
