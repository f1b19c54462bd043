/**
 * Payment providers: M-Pesa Daraja STK Push, Stripe Checkout and the sandbox. Each implements the
 * {@link io.chatnation.ports.billing.out.PaymentGateway} port, and M-Pesa and Stripe read their own notices
 * through {@link io.chatnation.ports.billing.out.PaymentNoticeReader} (Stripe's signature checked there). The
 * HTTP endpoints the providers call are the web adapter's; this module speaks to providers, never serves them.
 */
package io.chatnation.adapter.payments;
