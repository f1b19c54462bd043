/** Twilio's WhatsApp channel: its request signatures (form-encoded webhooks signed with the account's auth token). */
package io.chatnation.adapter.whatsapp.twilio;
