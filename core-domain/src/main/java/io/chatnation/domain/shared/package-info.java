/** The shared kernel: typed ids, validated values and the error vocabulary every business module uses. */
package io.chatnation.domain.shared;
