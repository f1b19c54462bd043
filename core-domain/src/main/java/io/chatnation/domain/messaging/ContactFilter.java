package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;

/** Which contacts a list shows: a name or phone fragment, a label, consent state, blocked state; all optional. */
public record ContactFilter(Optional<String> search, Optional<String> label, Optional<Boolean> optedOut,
                            Optional<Boolean> blocked) {

    public ContactFilter {
        search = search == null ? Optional.empty() : search.map(String::strip).filter(s -> !s.isEmpty());
        search.filter(s -> s.length() > 100).ifPresent(s -> {
            throw InvalidInput.of("search", "must be at most 100 characters");
        });
        label = label == null ? Optional.empty() : label.map(String::strip).filter(s -> !s.isEmpty());
        optedOut = optedOut == null ? Optional.empty() : optedOut;
        blocked = blocked == null ? Optional.empty() : blocked;
    }

    public static ContactFilter none() {
        return new ContactFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
