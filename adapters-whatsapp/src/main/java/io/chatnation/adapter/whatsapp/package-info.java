/**
 * WhatsApp channels: the Cloud API ({@code cloud}), Twilio ({@code twilio}) and the sandbox ({@code sandbox}, a
 * simulated phone). Each implements the messaging out ports for its provider: sending, reading its webhooks, fetching
 * its media; {@link io.chatnation.adapter.whatsapp.ChannelsByProvider} opens each account's channel by its provider.
 */
package io.chatnation.adapter.whatsapp;
