package io.chatnation.domain.messaging;

import java.util.Optional;

/** An error as a provider reports it: the numeric code to decide on, and the words to show a person. */
public record ProviderError(int code, String title, Optional<String> message, Optional<String> details) {

    public ProviderError {
        title = title == null || title.isBlank() ? "Error " + code : title;
    }
}
