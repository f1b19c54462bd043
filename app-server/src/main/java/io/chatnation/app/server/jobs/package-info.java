/** Work the server runs on a schedule. */
package io.chatnation.app.server.jobs;
