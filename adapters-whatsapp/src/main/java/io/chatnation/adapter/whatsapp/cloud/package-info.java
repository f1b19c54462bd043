/**
 * The WhatsApp Cloud API (Meta Graph API): webhook signature and handshake, the webhook payload read into the
 * platform's inbound messages and delivery reports, sending over {@code POST /{version}/{phone-number-id}/messages},
 * provider errors classified for retry, and media download. One {@link io.chatnation.adapter.whatsapp.cloud.CloudApiChannel}
 * serves one phone number of one organisation.
 */
package io.chatnation.adapter.whatsapp.cloud;
