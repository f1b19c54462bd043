package io.chatnation.domain.shared;

import java.util.UUID;

/** Source of new identifiers, injected so that tests control them. */
@FunctionalInterface
public interface IdGenerator {
    UUID next();
}
