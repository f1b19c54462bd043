/**
 * The endpoints payment providers call: Daraja's STK Push results and Stripe's webhook events. They pass the
 * request as it came (path secret, signature header, raw body) to the billing in-ports and answer in the
 * provider's terms; reading and verifying each provider's format is the payments adapter's, behind
 * {@link io.chatnation.ports.billing.out.PaymentNoticeReader}.
 */
package io.chatnation.adapter.web.billing.payments;
