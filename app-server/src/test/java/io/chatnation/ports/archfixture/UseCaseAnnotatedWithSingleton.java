package io.chatnation.ports.archfixture;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A use case that lets the container find it instead of being wired by the apps. */
@Singleton
@Requires(property = "chatnation.architecture-fixtures.enabled")
public final class UseCaseAnnotatedWithSingleton {
}
