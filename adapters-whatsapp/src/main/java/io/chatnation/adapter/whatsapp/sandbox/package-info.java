/** The sandbox channel: a simulated phone that lets an organisation try its flows without a provider account. */
package io.chatnation.adapter.whatsapp.sandbox;
