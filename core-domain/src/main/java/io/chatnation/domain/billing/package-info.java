/**
 * Prepaid token billing: wallets (one main wallet per organisation, optional sub-wallets per department or
 * event), the append-only ledger of their movements, reservations that hold tokens for work in progress,
 * and the price list of costly actions.
 *
 * <p>A wallet's {@code balance} is the sum of its ledger; {@code reserved} is the part held by open
 * reservations; {@code available = balance - reserved} never drops below zero.
 */
package io.chatnation.domain.billing;
