/** The runnable server: configuration, start-up, and the dashboard's place in the URL space. */
package io.chatnation.app.server;
