/** Needs every business module shares: transactions. */
package io.chatnation.ports.shared.out;
