package io.chatnation.domain.archfixture;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A home-made annotation that smuggles a framework annotation in as a meta-annotation. */
@Singleton
@Requires(property = "chatnation.architecture-fixtures.enabled")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DomainComponent {
}
