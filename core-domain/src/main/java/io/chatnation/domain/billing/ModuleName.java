package io.chatnation.domain.billing;

import io.chatnation.domain.shared.GrantScope;
import io.chatnation.domain.shared.InvalidInput;

/**
 * The business module on whose behalf tokens are spent ({@code campaigns}, {@code surveys}, {@code hypecards}):
 * usage is reported per module, so a survey sent to 1,000 contacts shows up under surveys even though it is
 * charged as a campaign send.
 */
public record ModuleName(String value) {

    public ModuleName {
        value = GrantScope.module(value);
    }

    public static ModuleName of(String field, String raw) {
        try {
            return new ModuleName(raw);
        } catch (InvalidInput e) {
            throw InvalidInput.of(field, e.errors().get(0).message());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
