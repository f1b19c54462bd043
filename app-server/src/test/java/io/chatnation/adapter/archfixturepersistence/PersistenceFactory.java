package io.chatnation.adapter.archfixturepersistence;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;

/** An adapter wiring itself instead of leaving the wiring to the apps. */
@Factory
@Requires(property = "chatnation.architecture-fixtures.enabled")
public final class PersistenceFactory {
}
