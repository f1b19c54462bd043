/** What messaging offers: channel accounts, the webhooks providers post to, and the inbound work of the workers. */
package io.chatnation.ports.messaging.in;
