/** Needs every business module shares: transactions and the job queue. */
package io.chatnation.ports.shared.out;
