/**
 * Twilio's WhatsApp channel: webhooks (form-encoded, signed with the account's auth token over URL and parameters)
 * read into the platform's inbound messages and delivery reports, sending over the Messages REST API with basic auth,
 * errors classified for retry, and media fetched from the webhooks' MediaUrl.
 */
package io.chatnation.adapter.whatsapp.twilio;
