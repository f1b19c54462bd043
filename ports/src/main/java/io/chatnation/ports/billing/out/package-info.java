/** What billing needs from the outside: wallets, the ledger, reservations and price overrides. */
package io.chatnation.ports.billing.out;
