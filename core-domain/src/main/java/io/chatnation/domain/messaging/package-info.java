/**
 * The vocabulary of talking to people on WhatsApp, whichever provider carries it: the inbound message shapes every
 * channel normalises to, delivery reports and the rule that their status only moves forward, the outbound messages
 * with WhatsApp's limits, and the outcome of handing a message to a provider.
 */
package io.chatnation.domain.messaging;
