/** Implementations of the identity use cases. */
package io.chatnation.ports.identity.usecase;
