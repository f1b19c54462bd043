/** Billing use cases: wallets, prices, reservations, purchases. */
package io.chatnation.ports.billing.in;
