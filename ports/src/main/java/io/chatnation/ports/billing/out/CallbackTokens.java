package io.chatnation.ports.billing.out;

/**
 * Mints the secret path segment a provider calls back on for one purchase. Providers such as M-Pesa do not
 * sign their callbacks, so an address nobody can guess is what tells a real callback from a forged one.
 */
public interface CallbackTokens {

    String next();

    /**
     * Whether {@code candidate} has the shape of a minted token. Anything else cannot name a purchase and is
     * turned away without looking it up.
     */
    boolean couldBeOne(String candidate);
}
