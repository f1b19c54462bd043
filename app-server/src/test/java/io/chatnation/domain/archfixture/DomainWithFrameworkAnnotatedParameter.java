package io.chatnation.domain.archfixture;

import io.micronaut.core.annotation.Nullable;

/** A framework annotation on a parameter rather than on the class. */
public final class DomainWithFrameworkAnnotatedParameter {

    public String greet(@Nullable String name) {
        return name == null ? "hello" : "hello " + name;
    }
}
