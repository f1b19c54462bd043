/**
 * Buying tokens: the bundles on sale, and purchases that move from pending to paid (or cancelled, failed,
 * expired) as a payment provider reports on them. Tokens are credited only for a paid purchase, once.
 */
package io.chatnation.domain.billing.purchase;
