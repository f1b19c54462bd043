/** What the identity use cases need: stores, password hashing, token issuing, randomness. */
package io.chatnation.ports.identity.out;
