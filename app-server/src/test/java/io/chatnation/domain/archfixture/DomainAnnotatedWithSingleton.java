package io.chatnation.domain.archfixture;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A framework annotation on a domain class. */
@Singleton
@Requires(property = "chatnation.architecture-fixtures.enabled")
public final class DomainAnnotatedWithSingleton {
}
