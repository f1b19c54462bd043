/**
 * The shared kernel: typed ids, validated values, the error vocabulary, and the vocabulary of access
 * (callers, roles, permissions, scoped grants) that every business module's use cases speak.
 */
package io.chatnation.domain.shared;
