/** Ports that break the rules on purpose; see {@code io.chatnation.domain.archfixture}. */
package io.chatnation.ports.archfixture;
