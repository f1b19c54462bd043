/**
 * Billing use cases. Other modules spend tokens through {@link io.chatnation.ports.billing.in.ReserveTokens},
 * {@link io.chatnation.ports.billing.in.SettleReservation}, {@link io.chatnation.ports.billing.in.ReleaseReservation},
 * {@link io.chatnation.ports.billing.in.DebitTokens} and {@link io.chatnation.ports.billing.in.RefundTokens}, priced
 * with {@link io.chatnation.ports.billing.in.QuoteCost}; payments credit through
 * {@link io.chatnation.ports.billing.in.CreditPurchasedTokens}. Every wallet-changing operation is idempotent on its
 * key: repeated, it returns the first result and changes nothing; repeated with other parameters, it is a conflict.
 */
package io.chatnation.ports.billing.in;
