package io.chatnation.ports.billing.out;

/**
 * Mints the secret path segment a provider calls back on for one purchase. Providers such as M-Pesa do not
 * sign their callbacks, so an address nobody can guess is what tells a real callback from a forged one.
 */
@FunctionalInterface
public interface CallbackTokens {
    String next();
}
