/**
 * WhatsApp channels: the Cloud API ({@code cloud}), and later Twilio and the sandbox (a simulated phone). Each
 * implements the messaging out ports for its provider: sending, reading its webhooks, fetching its media.
 */
package io.chatnation.adapter.whatsapp;
