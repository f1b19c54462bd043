/**
 * WhatsApp channels: the Cloud API, Twilio and the sandbox (a simulated phone).
 *
 * <p>Empty until the messaging core lands: it will implement {@code ports.messaging.out.MessageChannel}
 * for each provider, verify webhook signatures and normalise every inbound message to one shape.
 */
package io.chatnation.adapter.whatsapp;
