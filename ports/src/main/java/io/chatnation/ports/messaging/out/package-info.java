/** What messaging needs from the outside world: a channel to send through, its webhooks read, and media fetched. */
package io.chatnation.ports.messaging.out;
