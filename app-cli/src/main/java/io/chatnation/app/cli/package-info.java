/**
 * The admin CLI: picocli commands on the server's own wiring ({@code io.chatnation.app.server.wiring}),
 * started as a Micronaut application context without HTTP. It acts as the platform itself
 * ({@code Caller.system}), so every change it makes is audited with actor type {@code system}.
 *
 * <p>Commands are {@code @Prototype} beans, so each run parses into a fresh instance. They receive what touches
 * the database through {@code BeanProvider}s: building the command line (for {@code --help} too) opens nothing.
 */
package io.chatnation.app.cli;
