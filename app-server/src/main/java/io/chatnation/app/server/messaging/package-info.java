/** The messaging workers the server runs in the background. */
package io.chatnation.app.server.messaging;
