package io.chatnation.domain.archfixture;

/** Depends on nothing but its own package, yet is a Micronaut bean through {@link DomainComponent}. */
@DomainComponent
public final class DomainServiceMarkedAsComponent {
}
