/**
 * The hexagon's boundary. Per business module: {@code in} holds one interface per use case with its
 * command and result nested; {@code out} holds what the core needs from the world, named by capability;
 * {@code usecase} holds the plain, framework-free implementations.
 */
package io.chatnation.ports;
