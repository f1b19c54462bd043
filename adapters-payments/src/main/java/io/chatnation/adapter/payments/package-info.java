/**
 * Payment providers: M-Pesa Daraja STK Push, Stripe Checkout and the sandbox. Each implements the
 * {@link io.chatnation.ports.billing.out.PaymentGateway} port outwards and turns the provider's callbacks
 * into {@link io.chatnation.ports.billing.in.ConfirmPayment} calls inwards.
 */
package io.chatnation.adapter.payments;
